package io.factaudit.language;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.TitleAbbreviations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a {@link Document}'s text into paragraphs (at line ends) and sentences (OpenNLP's, joined
 * again where a period only closes an abbreviation: "Dr.", "Oct.", "p.m.,", "John F."). Kept apart
 * from the document, which holds the splits and what is computed on them.
 */
final class SentenceSplitter {

    /** Abbreviations other than titles' ({@link TitleAbbreviations}) and months' ({@link CalendarWords}) after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
        "st", "no", "vs", "jr",
        "sr", "inc", "corp", "co", "ltd", "mt", "ft", "approx", "est", "dept", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m",
        "p.m");
    private static final Pattern NEWLINES = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern ONE_LETTER = Pattern.compile("\\p{L}");

    private SentenceSplitter() {
    }

    /** The text's paragraphs: its lines, trimmed, without the empty ones. */
    static List<Span> paragraphs(String text) {
        List<Span> result = new ArrayList<>();
        var m = NEWLINES.matcher(text);
        int start = 0;
        while (m.find()) {
            addTrimmed(text, start, m.start(), result);
            start = m.end();
        }
        addTrimmed(text, start, text.length(), result);
        return Collections.unmodifiableList(result);
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** A paragraph's sentences, a period after an abbreviation or an initial not ending one. */
    static List<Span> sentences(String text, Span paragraph) {
        String p = text.substring(paragraph.start(), paragraph.end());
        opennlp.tools.util.Span[] found = Models.SENTENCE_DETECTOR.get().sentPosDetect(p);
        List<Span> result = new ArrayList<>();
        int pendingStart = -1;
        for (opennlp.tools.util.Span s : found) {
            int start = pendingStart >= 0 ? pendingStart : s.getStart();
            String sentence = p.substring(start, s.getEnd());
            if (endsWithAbbreviation(sentence) && s.getEnd() < p.length()) {
                pendingStart = start;
                continue;
            }
            pendingStart = -1;
            result.add(new Span(paragraph.start() + start, paragraph.start() + s.getEnd()));
        }
        if (pendingStart >= 0) {
            result.add(new Span(paragraph.start() + pendingStart, paragraph.end()));
        }
        if (result.isEmpty()) {
            result.add(paragraph);
        }
        return result;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        String s = sentence.stripTrailing();
        if (s.endsWith(".,") || s.endsWith(".;")) {
            return true; // a comma after an abbreviation's period goes on: "from 10 p.m. to 5 a.m., it ..."
        }
        if (!s.endsWith(".")) {
            return false;
        }
        int i = s.length() - 1;
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != '(') {
            i--;
        }
        String word = s.substring(i, s.length() - 1).toLowerCase(java.util.Locale.ROOT);
        // single capital initials ("John F.") also continue the sentence
        return ABBREVIATIONS.contains(word) || TitleAbbreviations.contains(word)
            || CalendarWords.monthAbbreviations().contains(word) || ONE_LETTER.matcher(word).matches();
    }

}
