package io.factaudit.claim;

import io.factaudit.language.Mention;

/**
 * A sheet source written right before a bare number in a coordinated clause whose verb and noun are
 * left out, they being those of the count before it in the sentence: "the board counted 400 cases
 * in Dorn, the clinic 520", "police put the crowd at 9,000 and the organisers at 20,000", "the
 * agency's tally was 31 and the army's count 28". The number counts what that count counts, by the
 * source written before it.
 */
final class GappedSource {

    /** What {@code explain} says placed a gapped number that names no place of its own. */
    static final String PLACE = "the place of the clause it is gapped from";

    private GappedSource() {
    }

    /** The source of the gapped clause that ends with the number at word {@code first}, or null. */
    static String before(CountSentence s, int first) {
        if (s.previous() == null) {
            return null; // no count before it whose verb and noun the clause leaves out
        }
        int i = first - 1;
        if (i > 0 && s.word(i).is("at")) {
            i--; // "and the organisers at 20,000": the verb of giving a figure left out
        }
        Mention m;
        if (i > 1 && SubjectProfile.GENERIC_COUNT_NOUNS.contains(s.word(i).lower())) {
            // "the army's count 28", "the unions' count 28" (the apostrophe a word of its own)
            int owner = s.word(i - 1).is("'") ? i - 2 : i - 1;
            m = s.context().sources().endingAt(s.span(), s.words(), owner);
            if (m == null || owner == i - 1 && !possessive(s.word(owner).lower())) {
                return null; // a count noun of no source's is no gapped clause
            }
        } else {
            m = s.context().sources().endingAt(s.span(), s.words(), i);
        }
        if (m == null) {
            return null;
        }
        int start = Words.indexAt(s.words(), m.span().start());
        if (start > 0 && s.word(start - 1).is("the")) {
            start--;
        }
        return start > 0 && opensConjunct(s.word(start - 1)) && s.previous().span().end() <= s.word(start - 1).span().start()
            ? m.name() : null;
    }

    private static boolean possessive(String word) {
        return word.endsWith("'s");
    }

    /** A pause or a coordinator that opens the gapped clause. */
    private static boolean opensConjunct(Words.Word w) {
        return w.is(",", "and", ";", "but", "while", "whereas");
    }
}
