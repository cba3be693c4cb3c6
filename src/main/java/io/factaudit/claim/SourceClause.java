package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.List;

/**
 * The clause around a figure as {@link SourceFinder} weighs a name's claim to it: where the clause
 * starts and ends (a semicolon or a dash), the commas between a name and the figure, an "according
 * to" that opens the clause after it, and a name that is the object of a verb of saying.
 */
final class SourceClause {

    private SourceClause() {
    }

    /**
     * "Y certified the X", "Y told X": a name right after a verb of saying that has its subject before it is its
     * object; not an owner of the figure said ("Y said the X's estimate of 4,000 was low": X's estimate).
     */
    static boolean objectOfSaying(List<Words.Word> words, int mi, int mEnd) {
        int verb = mi >= 2 && words.get(mi - 1).is("the") ? mi - 2 : mi - 1;
        return verb >= 1 && !words.get(verb).capitalized() && VerbsOfSaying.contains(words.get(verb).lower())
            && AttributionCues.addressee(words, verb) && !ownsFigure(words, mEnd);
    }

    /** A possessive name before a noun of figures: "the X's estimate", "X's count". */
    private static boolean ownsFigure(List<Words.Word> words, int mEnd) {
        return mEnd > 0 && mEnd < words.size() && words.get(mEnd - 1).lower().matches(".*(['\u2019]s|s')")
            && SubjectProfile.GENERIC_COUNT_NOUNS.contains(words.get(mEnd).lower());
    }

    /** The first word of the clause the word at {@code index} stands in. */
    static int start(List<Words.Word> words, int index) {
        for (int i = Math.min(index, words.size()) - 1; i >= 0; i--) {
            if (words.get(i).is(";", "\u2014")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The index after the last word of that clause. */
    static int end(List<Words.Word> words, int index) {
        for (int i = index; i < words.size(); i++) {
            if (words.get(i).is(";", "\u2014")) {
                return i;
            }
        }
        return words.size();
    }

    /**
     * "but according to Y, 45 did": an "according to" after a coordinator or subordinator opens the clause
     * after it, whose figure is Y's; after a plain comma it closes the clause before ("41 died, according to Y").
     */
    static boolean opensClause(List<Words.Word> words, int mi) {
        for (int i = mi - 1; i >= Math.max(1, mi - 6); i--) {
            if (words.get(i).is("according")) {
                String before = words.get(i - 1).lower();
                return before.equals("and") || before.equals("but") || before.equals("yet") || ClosedClass.SUBORDINATORS.contains(before);
            }
        }
        return false;
    }

    /** The commas from word {@code from} up to {@code to}: each parts a name further from the figure. */
    static int commasBetween(List<Words.Word> words, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
            if (words.get(i).is(",")) {
                n++;
            }
        }
        return n;
    }
}
