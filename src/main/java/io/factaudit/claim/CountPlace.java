package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.language.Token;
import io.factaudit.lexicon.Locatives;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an article puts a count, among the sheet's places (FACT-SHEETS.md 1.1, "Places and parts of a
 * whole"), read from the structure around the number, in this order:
 * <ol>
 *   <li>a locative phrase in the number's own clause after it: "30 people died in X", "15 of them in X",
 *       "23 in X and 11 in Y" (each part up to the next number), "in and around X";</li>
 *   <li>before it in its clause: a fronted "In X, 25 ...", "the toll in X rose to", a possessive "X's toll";</li>
 *   <li>a place standing as the one who reports, when the sentence names no other place:
 *       "X reported 412 cases", "X officials said";</li>
 *   <li>"there" after the number: the place named last before the sentence in its passage.</li>
 * </ol>
 * A dateline ("LAKEVILLE, Ostland —") locates nothing. A sheet without places locates nothing.
 */
public final class CountPlace {

    private static final int REACH = 12;

    private final Document document;
    private final List<Mention> mentions;

    private CountPlace(Document document, List<Mention> mentions) {
        this.document = document;
        this.mentions = mentions;
    }

    /** The places of the sheet as found in one article; empty when the sheet keeps no places. */
    public static CountPlace of(Document document, Facts facts) {
        if (facts.places().isEmpty()) {
            return new CountPlace(document, List.of());
        }
        NameMatcher matcher = new NameMatcher();
        for (Place p : facts.places()) {
            matcher.add(p.name(), facts.name(p.name()).map(Name::spellings).orElse(List.of(p.name())));
        }
        List<Mention> found = new ArrayList<>();
        for (Mention m : matcher.find(document.text())) {
            if (!inDateline(document, m)) {
                found.add(m);
            }
        }
        return new CountPlace(document, found);
    }

    /** The sheet place the count at {@code number} in {@code sentence} is located in, or null. */
    public String locate(Span sentence, Span number) {
        List<Mention> here = mentions.stream().filter(m -> sentence.contains(m.span())).toList();
        List<Words.Word> words = Words.of(document.text(), sentence);
        int first = Words.indexAt(words, number.start());
        int after = Words.indexAt(words, number.end());
        if (!here.isEmpty()) {
            String place = after(words, here, after);
            if (place == null) {
                place = before(words, here, first);
            }
            if (place == null) {
                place = reporter(sentence, words, here);
            }
            if (place != null) {
                return place;
            }
        }
        return there(words, after) ? lastBefore(sentence) : null;
    }

    /** "died in X", "15 of them in X", "in and around X": up to the clause's end or the next number. */
    private static String after(List<Words.Word> words, List<Mention> here, int after) {
        for (int i = after; i < Math.min(words.size(), after + REACH); i++) {
            Words.Word w = words.get(i);
            if (clauseBreak(w) || startsNumber(w) || coordinatesAnother(words, i)) {
                return null;
            }
            if (Locatives.PREPOSITIONS.contains(w.lower())) {
                Mention m = placeAfterPreposition(words, here, i);
                if (m != null) {
                    return m.name();
                }
            }
        }
        return null;
    }

    /** "In X, 25 ...", "the toll in X rose to 25", "X's toll stood at 25", with no saying in between. */
    private static String before(List<Words.Word> words, List<Mention> here, int first) {
        for (int i = first - 1; i >= 0; i--) {
            Words.Word w = words.get(i);
            if (w.is(";", ":", "\u2014", "as", "while", "when", "because", "although", "whereas") || startsNumber(w)
                || Lexicon.reportVerb(w.lower()) && !inNounGroup(words, i)) {
                return null; // another clause: "crests in X as the toll rises to 17"
            }
            if (w.is("where") && i > 0) {
                return endingAt(here, words.get(words.get(i - 1).is(",") && i > 1 ? i - 2 : i - 1));
            }
            for (Mention m : here) {
                if (m.span().start() != w.span().start()) {
                    continue;
                }
                if (possessive(words, m) || i > 0 && Locatives.PREPOSITIONS.contains(words.get(i - 1).lower())
                    || i > 1 && words.get(i - 1).is("the") && Locatives.PREPOSITIONS.contains(words.get(i - 2).lower())) {
                    return m.name();
                }
            }
        }
        return null;
    }

    /** A verb's form used as a noun: after a determiner, a possessive or a noun ("the case count", "X's count"). */
    private static boolean inNounGroup(List<Words.Word> words, int i) {
        if (i == 0) {
            return false;
        }
        Words.Word before = words.get(i - 1);
        return before.is("the", "a", "an", "its", "their", "his", "her", "this", "that", "'s") || before.lower().endsWith("'s")
            || i >= 2 && words.get(i - 2).lower().endsWith("'s");
    }

    /** "X, where 7 people died": the place a relative "where" follows, ending at that word; null for none. */
    private static String endingAt(List<Mention> here, Words.Word last) {
        return here.stream().filter(m -> m.span().end() == last.span().end()).map(Mention::name).findFirst().orElse(null);
    }

    /** A place as the one who reports ("X reported", "X confirmed", "X officials said"), the only place named. */
    private String reporter(Span sentence, List<Words.Word> words, List<Mention> here) {
        if (here.stream().map(Mention::name).distinct().count() != 1) {
            return null;
        }
        Map<Integer, String> tags = null;
        for (Mention m : here) {
            int end = Words.indexAt(words, m.span().end());
            if (end < words.size() && Lexicon.reportVerb(words.get(end).lower())) {
                return m.name();
            }
            if (tags == null) {
                tags = tags(sentence);
            }
            // a noun between the place and the verb says who in it reports: "X officials said", "X health authorities reported"
            for (int i = end; i < Math.min(words.size(), end + 3); i++) {
                String tag = tags.getOrDefault(words.get(i).span().start(), "");
                if (Lexicon.reportVerb(words.get(i).lower()) && (i == end || tag.equals("VERB"))) {
                    return m.name();
                }
                if (!tag.equals("NOUN") && !tag.equals("PROPN")) {
                    break;
                }
            }
        }
        return null;
    }

    private Map<Integer, String> tags(Span sentence) {
        Map<Integer, String> tags = new HashMap<>();
        for (Token t : document.tokens(sentence)) {
            tags.put(t.span().start(), t.tag());
        }
        return tags;
    }

    /** "have died there": "there" after the number in its clause (not the "there are" before it). */
    private static boolean there(List<Words.Word> words, int after) {
        for (int i = after; i < Math.min(words.size(), after + REACH); i++) {
            Words.Word w = words.get(i);
            if (clauseBreak(w) || startsNumber(w)) {
                return false;
            }
            if (w.is(Locatives.THERE)) {
                return true;
            }
        }
        return false;
    }

    /** The place named last before the sentence, in its paragraph or the one before. */
    private String lastBefore(Span sentence) {
        Span paragraph = document.paragraphOf(sentence.start());
        int from = 0;
        for (Span p : document.paragraphs()) {
            if (p.end() <= paragraph.start()) {
                from = p.start();
            }
        }
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= sentence.start()) {
                last = m;
            }
        }
        return last == null ? null : last.name();
    }

    private static Mention placeAfterPreposition(List<Words.Word> words, List<Mention> here, int preposition) {
        int j = preposition + 1;
        // "in and around X", "in the X", "across the state of X"
        while (j < words.size() && j <= preposition + 3 && (words.get(j).is("and", "the", "or")
            || Locatives.PREPOSITIONS.contains(words.get(j).lower()))) {
            j++;
        }
        if (j >= words.size()) {
            return null;
        }
        int start = words.get(j).span().start();
        return here.stream().filter(m -> m.span().start() == start).findFirst().orElse(null);
    }

    private static boolean possessive(List<Words.Word> words, Mention m) {
        for (Words.Word w : words) {
            if (w.span().start() >= m.span().start() && w.span().end() >= m.span().end() && w.span().start() < m.span().end() + 1) {
                if (w.lower().endsWith("'s") || w.lower().endsWith("s'") ) {
                    return true;
                }
            }
            if (w.span().start() == m.span().end() && w.is("'")) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreak(Words.Word w) {
        return w.is(",", ";", ".", ":", "?", "!", "\u2014", "(", ")");
    }

    private static boolean startsNumber(Words.Word w) {
        return Character.isDigit(w.written().charAt(0));
    }

    /** "... and 11 in Y": the next coordinated part begins. */
    private static boolean coordinatesAnother(List<Words.Word> words, int i) {
        return words.get(i).is("and", "or", "while", "but") && i + 1 < words.size()
            && (startsNumber(words.get(i + 1)) || i + 2 < words.size() && startsNumber(words.get(i + 2)));
    }

    /**
     * A place in the words that open a paragraph and are closed by a dash, all capitalised and none a
     * preposition: the dateline "LAKEVILLE, Ostland (Wire) —", not "In Ostland — the worst hit —".
     */
    private static boolean inDateline(Document document, Mention m) {
        Span paragraph = document.paragraphOf(m.span().start());
        String text = document.text();
        int limit = Math.min(paragraph.end(), paragraph.start() + 80);
        int dash = -1;
        for (int i = m.span().end(); i < limit && dash < 0; i++) {
            char c = text.charAt(i);
            if (c == '\u2014' || c == '\u2013' || c == '-' && i + 1 < limit && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == ' ')
                && i > 0 && text.charAt(i - 1) == ' ') {
                dash = i;
            }
        }
        if (dash < 0) {
            return false;
        }
        String opening = text.substring(paragraph.start(), dash).replaceAll("\\([^)]*\\)", " ");
        for (String word : opening.split("[\\s,.]+")) {
            if (!word.isEmpty() && (!Character.isUpperCase(word.charAt(0))
                || Locatives.PREPOSITIONS.contains(word.toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }
}
