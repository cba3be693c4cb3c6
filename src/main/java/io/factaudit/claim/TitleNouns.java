package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.FigureVerbs;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person of the sheet named by the noun of their office alone: "the governor said", "Governor puts
 * the toll at 80" (a headline), "the port's harbourmaster", "the mayor's figure". The noun is the
 * head of one of the person's titles (an office holder in WordNet: "governor" of "Governor of Ostland",
 * "chief" of "fire service chief"), the words before it in its noun group are words of that person's
 * titles, and only one person of the sheet holds such a title; it opens its noun group with a definite
 * determiner or a possessive, or opens its clause before a verb of saying. A person the sheet does not
 * list as a source names no source; an article that gives the noun to someone else ("Mayor Ida Holm"
 * when the sheet's mayor is another) leaves it unresolved.
 */
final class TitleNouns {

    /** Determiners that point back to someone known: a closed class. */
    private static final Set<String> DEFINITE = Set.of("the", "its", "his", "her", "their", "this", "that");
    /** How many modifiers a title's noun group may hold before its head ("the state civil defense chief"). */
    private static final int GROUP = 4;

    private record Holder(String source, Set<String> words, List<String> spellings) {
    }

    private TitleNouns() {
    }

    /**
     * The title-noun mentions of the sources, in text order.
     *
     * @param named where the article names the sheet's sources by their spellings
     */
    static List<Mention> find(Document document, Facts facts, NameMatcher sources, List<Mention> named) {
        Map<String, List<Holder>> byHead = new LinkedHashMap<>();
        for (Person p : facts.people()) {
            List<String> spellings = new ArrayList<>(p.aliases());
            spellings.add(p.name());
            for (String title : p.titles()) {
                hold(byHead, sourceOf(p, sources), title, spellings);
            }
        }
        // "Governor Ida Holm said", "Varby's mayor, Per Lund,": the titles the article gives the sources
        String text = document.text();
        Map<Integer, List<Mention>> byParagraph = new LinkedHashMap<>(); // in text order: one pass, not one per paragraph
        for (Mention m : named) {
            int p = document.paragraphIndex(m.span().start());
            if (p >= 0 && document.paragraphs().get(p).contains(m.span())) {
                byParagraph.computeIfAbsent(p, k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<Integer, List<Mention>> e : byParagraph.entrySet()) {
            Span paragraph = document.paragraphs().get(e.getKey());
            // the sources named in the paragraph may own a title ("a fire service spokeswoman")
            List<Span> bodies = e.getValue().stream().map(Mention::span).toList();
            TitlePhrases phrases = new TitlePhrases(text, Set.of(), Set.of(), () -> bodies);
            NameTokens tokens = NameTokens.of(document, paragraph);
            for (Mention m : e.getValue()) {
                int first = tokens.indexAt(m.span().start());
                int last = first;
                while (last + 1 < tokens.size() && tokens.get(last + 1).span().end() <= m.span().end()) {
                    last++;
                }
                if (first < tokens.size()) {
                    for (TitlePhrase t : phrases.around(tokens, first, last)) {
                        hold(byHead, m.name(), t.title(), List.of(text.substring(m.span().start(), m.span().end())));
                    }
                }
            }
        }
        if (byHead.isEmpty()) {
            return List.of();
        }
        // a title before a name that is not its holder's ("Mayor Ida Holm") gives the noun to someone else
        Set<String> shared = new HashSet<>();
        for (Span paragraph : document.paragraphs()) {
            List<Words.Word> words = Words.of(document, paragraph);
            for (int i = 0; i < words.size(); i++) {
                List<Holder> holders = byHead.get(words.get(i).lower());
                String name = holders == null ? null : nameAfter(words, i);
                if (name != null && !holderNamed(holders, name)) {
                    shared.add(words.get(i).lower()); // "Mayor Ida Holm" when the sheet's mayor is Per Lund
                }
            }
        }
        List<Mention> found = new ArrayList<>();
        for (Span paragraph : document.paragraphs()) {
            List<Words.Word> words = Words.of(document, paragraph);
            for (int i = 0; i < words.size(); i++) {
                String noun = stripPossessive(words.get(i).lower());
                List<Holder> holders = byHead.get(noun);
                if (holders == null || shared.contains(noun) || nameAfter(words, i) != null) {
                    continue; // a title before a name is that name's, not a noun standing for someone
                }
                int start = groupStart(words, i, holders);
                if (start < 0) {
                    continue;
                }
                Set<String> group = new HashSet<>();
                for (int k = start; k < i; k++) {
                    if (!DEFINITE.contains(words.get(k).lower())) {
                        group.add(fold(stripPossessive(words.get(k).lower())));
                    }
                }
                // "the governor" is not the deputy governor: a holder's word that changes the rank must be said
                Set<String> meant = new HashSet<>();
                holders.stream().filter(h -> h.words().containsAll(group)
                        && h.words().stream().filter(TitleWords::isRankChanger).allMatch(group::contains))
                    .forEach(h -> meant.add(h.source() == null ? "" : h.source()));
                if (meant.size() == 1 && !meant.contains("")) {
                    Span span = new Span(words.get(start).span().start(), words.get(i).span().end());
                    found.add(new Mention(meant.iterator().next(), document.textOf(span), span));
                }
            }
        }
        return found;
    }

    /** A title's holder, under the title's head when it is an office noun. */
    private static void hold(Map<String, List<Holder>> byHead, String source, String title, List<String> spellings) {
        List<String> words = words(title);
        String head = head(words);
        if (head != null) {
            byHead.computeIfAbsent(head, k -> new ArrayList<>())
                .add(new Holder(source, new HashSet<>(words), spellings.stream().map(x -> Words.lower(fold(x))).toList()));
        }
    }

    /**
     * Where the noun group of the title noun at {@code head} starts: at its definite determiner or
     * its possessive owner (a word of the title: "Ostland's governor" of "Governor of Ostland"), or at
     * the opening of its clause when a verb of saying follows the noun; -1 if none. Every word between
     * is a word of a title ("the state governor"; not "the deputy governor").
     */
    private static int groupStart(List<Words.Word> words, int head, List<Holder> holders) {
        for (int k = head - 1; k >= Math.max(-1, head - 1 - GROUP); k--) {
            if (k < 0 || words.get(k).punctuation()) {
                return opensClause(words, k + 1, head) ? k + 1 : -1;
            }
            Words.Word w = words.get(k);
            if (DEFINITE.contains(w.lower())) {
                return k;
            }
            boolean possessive = w.lower().endsWith("'s");
            if (!titleWord(holders, fold(stripPossessive(w.lower())))) {
                return -1;
            }
            if (possessive) {
                return k > 0 && words.get(k - 1).is("the") ? k - 1 : k;
            }
        }
        return -1;
    }

    /**
     * "Governor puts the toll at 80", "; governor says ...", "Toll reaches 80, governor says": a noun
     * group opening its clause before a verb of saying (after a comma, only when that verb ends the sentence).
     */
    private static boolean opensClause(List<Words.Word> words, int start, int head) {
        if (head + 1 >= words.size() || words.get(head).lower().endsWith("'s") || !FigureVerbs.reportVerb(words.get(head + 1).lower())) {
            return false;
        }
        if (start == 0 || words.get(start - 1).is(";", ":", "\u2014", "\u2013", "|")) {
            return true;
        }
        return words.get(start - 1).is(",") && (head + 2 >= words.size() || words.get(head + 2).punctuation());
    }

    /** The name written after a title noun ("Governor Ida Holm", "Mayor Holm"), folded, or null. */
    private static String nameAfter(List<Words.Word> words, int i) {
        if (i + 1 >= words.size() || !words.get(i + 1).capitalized() || FigureVerbs.reportVerb(words.get(i + 1).lower())) {
            return null;
        }
        int end = i + 1;
        while (end < words.size() && words.get(end).capitalized()) {
            end++;
        }
        return fold(String.join(" ", words.subList(i + 1, end).stream().map(Words.Word::lower).toList()));
    }

    /** Whether a name written after the title is one of its holders' ("Holm" of "Ida Holm"). */
    private static boolean holderNamed(List<Holder> holders, String name) {
        for (Holder h : holders) {
            for (String spelling : h.spellings()) {
                if (spelling.equals(name) || spelling.endsWith(" " + name) || name.endsWith(" " + spelling)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean titleWord(List<Holder> holders, String word) {
        return holders.stream().anyMatch(h -> h.words().contains(word));
    }

    /** The source a person is named as, when the sheet lists the person under a source. */
    private static String sourceOf(Person p, NameMatcher sources) {
        for (Mention m : sources.find(p.name())) {
            if (m.span().start() == 0 && m.span().end() == p.name().length()) {
                return m.name();
            }
        }
        return null;
    }

    /** The head of a title: its last office noun before "of" or a comma ("governor" of "Governor of Ostland"). */
    private static String head(List<String> words) {
        String head = null;
        for (String w : words) {
            if (w.equals("of") || w.equals(",")) {
                break;
            }
            if (OfficeHolders.isOffice(w) || TitleWords.isHead(w)) {
                head = w; // an office holder of WordNet, or a title's head ("spokeswoman")
            }
        }
        return head;
    }

    private static List<String> words(String title) {
        String folded = fold(title);
        return Words.of(folded, new Span(0, folded.length())).stream().map(w -> stripPossessive(w.lower())).toList();
    }

    private static String fold(String s) {
        return Folded.of(s).text();
    }

    private static String stripPossessive(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }
}
