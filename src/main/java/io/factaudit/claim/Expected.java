package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.AttitudeVerbs;
import io.factaudit.lexicon.ClosedClass;

/**
 * A rule that sets a number aside: a figure that is expected, not counted. Two forms: the number as
 * the object of a verb of expecting ("police expected a few thousand marchers", "the shelter
 * anticipates 400 evacuees"), and as the subject of its passive ("about 300 delegates are expected",
 * "400 evacuees were anticipated on Friday"). An expectation put as an infinitive clause ("expected
 * the toll to reach 30", "expects 4,200 jobs to go") states an estimate and is left to the reading;
 * so is a plan ("plans to cut 300 jobs"): the verbs of intending are not of expecting here
 * ({@link AttitudeVerbs#foresees}).
 */
final class Expected implements CountRule {

    static final String NAME = "an expected figure, not a count";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        int j = n.first() - 1;
        while (j >= 0 && s.tag(s.word(j)).equals("ADV")) {
            j--;
        }
        if (j >= 0 && AttitudeVerbs.foresees(s.word(j).lower()) && !s.word(j).capitalized()) {
            // "expects 4,200 jobs to go": the object of an infinitive clause, an estimate of the subject
            return n.end() < s.size() && s.word(n.end()).is("to") ? null : s.wordsSpan(j, n.end());
        }
        int i = n.end();
        while (i < s.size() && s.tag(s.word(i)).equals("ADV")) {
            i++;
        }
        if (i >= s.size() || !ClosedClass.BE.contains(s.word(i).lower())) {
            return null;
        }
        while (i + 1 < s.size() && (ClosedClass.BE.contains(s.word(i + 1).lower()) || s.tag(s.word(i + 1)).equals("ADV"))) {
            i++; // "are now", "had been"
        }
        return i + 1 < s.size() && AttitudeVerbs.foresees(s.word(i + 1).lower()) ? s.wordsSpan(n.first(), i + 2) : null;
    }
}
