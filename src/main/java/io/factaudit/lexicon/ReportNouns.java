package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Nouns for what a source issues, from WordNet 3.1: everything below "statement" (a message that is
 * stated or declared) and "report" (a written document describing findings; a short account of the
 * news): "bulletin", "announcement", "release", "estimate", "notice". "X's latest bulletin" cites X.
 */
public final class ReportNouns {

    private static volatile Set<String> nouns;

    private ReportNouns() {
    }

    private static Set<String> nouns() {
        Set<String> n = nouns;
        if (n == null) {
            n = WordNet.below(List.of(WordNet.sense("statement", POS.NOUN, "a message that is stated"),
                WordNet.sense("report", POS.NOUN, "a written document describing"),
                WordNet.sense("report", POS.NOUN, "a short account of the news")), new HashSet<>());
            nouns = n;
        }
        return n;
    }

    /** Whether a noun (in any number: "bulletins") names something a source issues. */
    public static boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return nouns().contains(w) || WordNet.lemmas(w, POS.NOUN).stream().anyMatch(nouns()::contains);
    }
}
