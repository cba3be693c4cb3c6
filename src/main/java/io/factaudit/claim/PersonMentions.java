package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.PersonMention;
import io.factaudit.language.ProperNames;
import io.factaudit.language.SpeechVerbs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every person an article names, in order: the known people by any of their spellings, any other
 * full name of a person, and a single name word that repeats the first or last word of a person
 * named before ("Griffiths" after "Martin Griffiths", "Yoon" after "Yoon Suk Yeol").
 */
final class PersonMentions {

    /** Words for people in general that start sentences before speech verbs: never a person's name. */
    private static final Set<String> GROUPS = Set.of("officials", "analysts", "experts", "residents", "witnesses",
        "rescuers", "doctors", "sources", "authorities", "critics", "observers", "diplomats", "lawmakers", "investigators",
        "police", "researchers", "scientists", "activists", "survivors", "families", "neighbours", "neighbors",
        "volunteers", "workers", "soldiers", "troops", "commanders", "officers", "ministers", "leaders", "reporters",
        "journalists", "engineers", "locals", "villagers", "medics", "staff", "aides", "allies", "prosecutors", "judges",
        "agencies", "governments", "others", "some", "many", "most", "both", "they", "we", "people", "everyone", "nobody",
        "spokesman", "spokeswoman", "spokesperson", "someone", "somebody");

    private PersonMentions() {
    }

    /**
     * Every person the document names, in order. One pass over the names and tokens: each name is
     * keyed once, and what is already named is looked up by offset, so the cost grows with the
     * article's length, not with its square.
     */
    static List<PersonMention> in(Document document, KnownPeople known) {
        String text = document.text();
        Named found = new Named();
        for (Mention m : known.find(text)) {
            found.add(new PersonMention(m.span(), m.name()));
        }
        List<Span> spans = document.paragraphs().stream().sorted().toList();
        List<NameTokens> paragraphs = spans.stream().map(p -> NameTokens.of(document, p)).toList();
        List<NameWords> names = spans.stream().map(p -> NameWords.of(document, p)).toList();
        for (NameWords paragraph : names) {
            for (Span name : paragraph.names()) {
                if (!found.overlaps(name)) {
                    // a misspelled full name ("Jon Halvorsen" for "Jon Halvorson") is the known person it misspells
                    String written = text.substring(name.start(), name.end());
                    found.add(new PersonMention(name, known.misspelled(written).orElse(written)));
                }
            }
        }
        List<PersonMention> named = found.inOrder();
        LowerCaseWords lowerCase = document.shared(LowerCaseWords.class, d -> new LowerCaseWords(d.text()));
        Map<String, String> lastWith = new HashMap<>();
        int next = 0;
        List<PersonMention> words = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            NameTokens tokens = paragraphs.get(p);
            boolean[] nameWord = names.get(p).nameWord();
            for (int i = 0; i < tokens.size(); i++) {
                NameToken token = tokens.get(i);
                for (; next < named.size() && named.get(next).span().start() < token.span().start(); next++) {
                    remember(named.get(next), text, lastWith);
                }
                if (nameWord[i] && !found.overlaps(token.span())) {
                    String person = lastWith.get(KnownPeople.key(token.text()));
                    if (person == null) {
                        person = besideSpeechVerb(tokens, i, lowerCase);
                    }
                    if (person != null) {
                        words.add(new PersonMention(token.span(), person));
                    }
                }
            }
        }
        List<PersonMention> all = new ArrayList<>(named);
        all.addAll(words);
        all.sort((a, b) -> a.span().compareTo(b.span()));
        return all;
    }

    /** A full name's first and last words (as the person's name and as written) name that person from here on. */
    private static void remember(PersonMention m, String text, Map<String, String> lastWith) {
        for (String name : List.of(m.person(), text.substring(m.span().start(), m.span().end()))) {
            String[] parts = KnownPeople.key(name).split(" ");
            if (parts.length > 1) {
                lastWith.put(parts[0], m.person());
                lastWith.put(parts[parts.length - 1], m.person());
            }
        }
    }

    /**
     * A paragraph's full names of persons and which of its tokens may be a name's word: read from the
     * text alone, once for every scenario.
     */
    private record NameWords(List<Span> names, boolean[] nameWord) {

        private record Key(Span paragraph) {
        }

        static NameWords of(Document document, Span paragraph) {
            return document.shared(new Key(paragraph), d -> {
                NameTokens tokens = NameTokens.of(d, paragraph);
                boolean[] nameWord = new boolean[tokens.size()];
                for (int i = 0; i < tokens.size(); i++) {
                    nameWord[i] = ProperNames.isNameWord(tokens.get(i));
                }
                return new NameWords(ProperNames.in(tokens), nameWord);
            });
        }
    }

    /** The names found so far, looked up by offset. */
    private static final class Named {

        private final TreeMap<Integer, PersonMention> byStart = new TreeMap<>();

        void add(PersonMention m) {
            byStart.put(m.span().start(), m);
        }

        boolean overlaps(Span span) {
            Map.Entry<Integer, PersonMention> before = byStart.lowerEntry(span.end());
            return before != null && before.getValue().span().overlaps(span);
        }

        List<PersonMention> inOrder() {
            return new ArrayList<>(byStart.values());
        }
    }

    /**
     * A name word right before or after a speech verb names a person ("Hatice said", "said Mehmet"),
     * unless it is a word for people in general ("Officials said") or the text writes it in lower
     * case elsewhere: a name is always capitalized.
     */
    private static String besideSpeechVerb(NameTokens tokens, int i, LowerCaseWords lowerCase) {
        NameToken word = tokens.get(i);
        String lower = word.text().toLowerCase(Locale.ROOT);
        if (GROUPS.contains(lower) || lowerCase.has(word.text())) {
            return null;
        }
        boolean verbAfter = i + 1 < tokens.size() && tokens.spacedFromPrevious(i + 1)
            && SpeechVerbs.isVerb(tokens.get(i + 1).text());
        boolean verbBefore = i > 0 && tokens.spacedFromPrevious(i) && SpeechVerbs.isVerb(tokens.get(i - 1).text());
        return verbAfter || verbBefore ? word.text() : null;
    }

    /**
     * The words a text writes in lower case, read once (only if a name word stands next to a speech
     * verb); shared by the scenarios that read the article at once, so safe to ask from any thread.
     */
    private static final class LowerCaseWords {

        private final String text;
        private volatile Set<String> words;
        /** Words with other characters than letters ("O'Neil"), looked for in the text once each. */
        private final Map<String, Boolean> scanned = new java.util.concurrent.ConcurrentHashMap<>();

        LowerCaseWords(String text) {
            this.text = text;
        }

        boolean has(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.chars().allMatch(Character::isLetter)) {
                return scanned.computeIfAbsent(lower, this::scan);
            }
            Set<String> known = words;
            if (known == null) {
                known = new HashSet<>();
                int i = 0;
                while (i < text.length()) {
                    int start = i;
                    while (i < text.length() && Character.isLetter(text.charAt(i))) {
                        i++;
                    }
                    if (i > start) {
                        known.add(text.substring(start, i));
                    } else {
                        i++;
                    }
                }
                words = known;
            }
            return known.contains(lower);
        }

        private boolean scan(String lower) {
            int at = text.indexOf(lower);
            while (at >= 0) {
                boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
                boolean after = at + lower.length() >= text.length() || !Character.isLetter(text.charAt(at + lower.length()));
                if (before && after) {
                    return true;
                }
                at = text.indexOf(lower, at + 1);
            }
            return false;
        }
    }
}
