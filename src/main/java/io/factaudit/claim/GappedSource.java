package io.factaudit.claim;

import java.util.List;

/**
 * A source in a gapped clause, whose verb is left out because the clause before has it: "Police
 * estimated it at 70,000, the unions at 150,000"; "the agency counted 900 evacuees, the county 1,100".
 * The name that opens the gapped clause, right before the number or its "at", is the one who gives it.
 */
final class GappedSource {

    private GappedSource() {
    }

    /** Whether the name at words {@code mi} (up to {@code mEnd}) opens a gapped clause before a number. */
    static boolean cued(List<Words.Word> words, int mi, int mEnd) {
        int open = mi - 1;
        if (open >= 0 && words.get(open).is("the")) {
            open--;
        }
        if (open < 1 || !words.get(open).is(",", ";")) {
            return false;
        }
        int next = mEnd;
        if (next < words.size() && words.get(next).is("at", "put", "puts")) {
            next++;
        }
        if (next < words.size() && words.get(next).is("about", "around", "some", "roughly", "nearly", "almost")) {
            next++;
        }
        return next < words.size() && Character.isDigit(words.get(next).written().charAt(0)) && reportedBefore(words, open);
    }

    /** A verb of telling or estimating before the gap, whose object the gapped clause repeats with another subject. */
    private static boolean reportedBefore(List<Words.Word> words, int open) {
        for (int i = open - 1; i >= 0; i--) {
            if (Lexicon.reportVerb(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
