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
import java.util.List;
import java.util.Set;

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

    static List<PersonMention> in(Document document, KnownPeople known) {
        String text = document.text();
        List<PersonMention> found = new ArrayList<>();
        for (Mention m : known.find(text)) {
            found.add(new PersonMention(m.span(), m.name()));
        }
        List<NameTokens> paragraphs = document.paragraphs().stream().map(p -> NameTokens.of(text, p)).toList();
        for (NameTokens tokens : paragraphs) {
            for (Span name : ProperNames.in(tokens)) {
                if (found.stream().noneMatch(m -> m.span().overlaps(name))) {
                    found.add(new PersonMention(name, text.substring(name.start(), name.end())));
                }
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        List<PersonMention> words = new ArrayList<>();
        for (NameTokens tokens : paragraphs) {
            for (NameToken token : tokens.tokens()) {
                if (ProperNames.isNameWord(token) && found.stream().noneMatch(m -> m.span().overlaps(token.span()))) {
                    earlierWith(found, token).or(() -> besideSpeechVerb(tokens, token, text))
                        .ifPresent(person -> words.add(new PersonMention(token.span(), person)));
                }
            }
        }
        found.addAll(words);
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    /**
     * A name word right before or after a speech verb names a person ("Hatice said", "said Mehmet"),
     * unless it is a word for people in general ("Officials said") or the text writes it in lower
     * case elsewhere: a name is always capitalized.
     */
    private static java.util.Optional<String> besideSpeechVerb(NameTokens tokens, NameToken word, String text) {
        String lower = word.text().toLowerCase(java.util.Locale.ROOT);
        if (GROUPS.contains(lower) || lowerCaseElsewhere(text, word.text())) {
            return java.util.Optional.empty();
        }
        int i = tokens.tokens().indexOf(word);
        boolean verbAfter = i + 1 < tokens.size() && tokens.spacedFromPrevious(i + 1)
            && SpeechVerbs.isVerb(tokens.get(i + 1).text());
        boolean verbBefore = i > 0 && tokens.spacedFromPrevious(i) && SpeechVerbs.isVerb(tokens.get(i - 1).text());
        return verbAfter || verbBefore ? java.util.Optional.of(word.text()) : java.util.Optional.empty();
    }

    private static boolean lowerCaseElsewhere(String text, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
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

    /** The person most recently named before a word whose name starts or ends with that word. */
    private static java.util.Optional<String> earlierWith(List<PersonMention> mentions, NameToken word) {
        String w = KnownPeople.key(word.text());
        String person = null;
        for (PersonMention m : mentions) {
            if (m.span().start() >= word.span().start()) {
                break;
            }
            String[] parts = KnownPeople.key(m.person()).split(" ");
            if (parts.length > 1 && (parts[0].equals(w) || parts[parts.length - 1].equals(w))) {
                person = m.person();
            }
        }
        return java.util.Optional.ofNullable(person);
    }
}
