package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StanceWords;
import java.util.List;

/** A rule that sets a number aside: a figure a modal verb of change only speculates about. */
final class Speculation implements CountRule {

    @Override
    public String name() {
        return "speculation";
    }

    /**
     * "could climb past 20,000", "may grow to 100,000", "could cut 3,000 jobs", "3,000 people could
     * die": a modal of possibility in the number's clause before it, or in the verb group after what
     * it counts; unless a plan or a deadline makes it an expectation. A condition after the number
     * keeps it speculation even with a deadline: "could reach 900 by June if the rains go on".
     */
    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        List<Words.Word> words = s.words();
        int first = n.first();
        Span modal = null;
        for (int i = first - 1; i >= Math.max(0, first - 6); i--) {
            if (words.get(i).is(",", ";", ":", "\u2014")) {
                break;
            }
            modal = possibility(words.get(i)) || hypothetical(words, i) ? words.get(i).span() : modal;
        }
        for (int i = n.end(); i < Math.min(words.size(), n.end() + 2) && modal == null; i++) {
            modal = possibility(words.get(i)) || hypothetical(words, i) ? words.get(i).span() : null;
        }
        if (modal == null) {
            return null;
        }
        for (Words.Word w : words) {
            if (StanceWords.PLAN.contains(w.lower())) {
                return null;
            }
        }
        if (conditionAfter(words, first)) {
            return modal;
        }
        for (int i = first; i < Math.min(words.size(), first + 8); i++) {
            if (words.get(i).is("by") && i + 1 < words.size()
                && (CalendarWords.isMonth(words.get(i + 1).lower()) || words.get(i + 1).is("the", "year", "mid", "early", "late"))) {
                return null;
            }
        }
        return modal;
    }

    /** A subordinator of a condition ("if", "unless") after the number in its sentence, before a clause break. */
    private static boolean conditionAfter(List<Words.Word> words, int first) {
        for (int i = first + 1; i < words.size(); i++) {
            if (words.get(i).is(";", ":", "\u2014", ".")) {
                return false;
            }
            if (ClosedClass.CONDITIONALS.contains(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "would" of a hypothesis: after an action as the clause's subject ("Repairing the valve would bring
     * water back to 9,000 homes") or with a condition in the sentence ("would reach 900 if the rains go
     * on"); "said it would cut 1,200 jobs" is a plan, and stays a count.
     */
    private static boolean hypothetical(List<Words.Word> words, int i) {
        if (!words.get(i).is("would")) {
            return false;
        }
        int start = i;
        while (start > 0 && !words.get(start - 1).is(",", ";", ":", "\u2014")) {
            start--;
        }
        boolean action = words.get(start).lower().endsWith("ing") && io.factaudit.lexicon.WordForms.isVerb(
            words.get(start).lower());
        return action || words.stream().anyMatch(w -> ClosedClass.CONDITIONALS.contains(w.lower()));
    }

    /** "could", "may", "might" as modals (not the month May). */
    private static boolean possibility(Words.Word w) {
        return ClosedClass.MODALS_OF_POSSIBILITY.contains(w.lower()) && !w.capitalized();
    }
}
