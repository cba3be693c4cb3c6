package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.FigureVerbs;
import java.util.List;

/**
 * A sheet source written right before a bare number in a coordinated clause whose verb and noun are
 * left out, they being those of the count before it in the sentence: "the board counted 400 cases
 * in Dorn, the clinic 520", "police put the crowd at 9,000 and the organisers at 20,000", "the
 * agency's tally was 31 and the army's count 28". The number counts what that count counts, by the
 * source written before it. The same gap tells {@code SourceFinder} that a name is a source: "Police
 * estimated it at 18,000, the organisers at 42,000".
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
        if (next + 1 < words.size() && !digit(words.get(next)) && isLowerWord(words.get(next))) {
            next++; // one word of hedging between: "the organisers at about 42,000"
        }
        return next < words.size() && digit(words.get(next)) && reportedBefore(words, open);
    }

    private static boolean digit(Words.Word w) {
        return Character.isDigit(w.written().charAt(0));
    }

    private static boolean isLowerWord(Words.Word w) {
        return Character.isLowerCase(w.written().charAt(0));
    }

    /** A verb of telling or estimating before the gap, whose object the gapped clause repeats with another subject. */
    private static boolean reportedBefore(List<Words.Word> words, int open) {
        for (int i = open - 1; i >= 0; i--) {
            if (FigureVerbs.reportVerb(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
