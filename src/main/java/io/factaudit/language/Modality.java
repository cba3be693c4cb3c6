package io.factaudit.language;

import io.factaudit.lexicon.AspectVerbs;
import io.factaudit.lexicon.AttitudeVerbs;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StanceWords;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.Set;

/**
 * How a sentence puts what it says of a subject: as a fact ("are fighting", "are reported to be
 * fighting"), denied ("have not yet engaged in combat", "None of the troops has seen combat"),
 * asked ("Are they fighting yet?", "how the units fight"), forecast ("expect to see them engaged",
 * "could be thrown into battle", "are preparing to join"), conditional ("if they engage") or left
 * open ("cannot corroborate reports that ..."). Only the first two are claims.
 *
 * <p>Read from cue words around the predicate: in its clause before the subject, between the
 * subject and the predicate, and just after it. A clause starts after punctuation, after "but",
 * "while", "although", "because", or after the "that" of a reporting verb ("said that").
 *
 * @param assertion how the predicate is put
 * @param cue       the word that denies it when that word stands before the subject ("None",
 *                  "not" in "We've not yet seen these troops ..."), so a claim can start there; else -1
 */
public record Modality(Assertion assertion, int cue) {

    /** How a predicate is put; {@link #isClaim()} for facts and denials. */
    public enum Assertion {
        AFFIRMED, NEGATED, ASKED, FORECAST, CONDITIONAL, UNCONFIRMED;

        public boolean isClaim() {
            return this == AFFIRMED || this == NEGATED;
        }
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "none", "nobody", "neither", "nor",
        "without", "cannot");
    private static final Set<String> CONDITIONS = union(ClosedClass.CONDITIONALS, Set.of("whether", "once", "should"));
    /** Conditions of time, unless a past tense follows: "before they enter combat", not "until Assad agreed". */
    private static final Set<String> TIME_CONDITIONS = Set.of("before", "until", "till");
    private static final Set<String> EMBEDDED_QUESTIONS = Set.of("how", "whether");
    private static final Set<String> MODALS = Set.of("will", "'ll", "would", "'d", "could", "may", "might", "shall", "can",
        "must", "cannot", "ca", "wo", "should");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "(", ")", "\"", "?", "!", "-", ",", "but",
        "while", "although", "though", "because", "whereas");
    /**
     * Reads how a predicate is put.
     *
     * @param subjectFrom the subject's first word (the predicate's first word when the subject follows it)
     * @param gapFrom     the first word between subject and predicate
     * @param gapTo       the predicate's first word (the gap ends before it)
     * @param predicateTo the predicate's last word
     */
    public static Modality of(SentenceWords w, int subjectFrom, int gapFrom, int gapTo, int predicateTo) {
        int clause = clauseStart(w, subjectFrom);
        if (isQuestion(w, predicateTo)) {
            return new Modality(Assertion.ASKED, -1);
        }
        if (clause > 1 && w.lower(clause - 1).equals("that") && doubted(w, clauseStart(w, clause - 1), clause - 1)) {
            return new Modality(Assertion.UNCONFIRMED, -1); // "has not confirmed that ...", "did not say that ..."
        }
        int negations = 0;
        int cue = -1;
        boolean forecast = false;
        for (int i = clause; i < subjectFrom; i++) {
            String word = w.lower(i);
            if (EMBEDDED_QUESTIONS.contains(word)) {
                return new Modality(Assertion.ASKED, -1);
            }
            if (CONDITIONS.contains(word) && !(word.equals("should") && i > clause) && !repetition(w, i)
                || TIME_CONDITIONS.contains(word) && !pastFollows(w, i, predicateTo)) {
                return new Modality(Assertion.CONDITIONAL, -1);
            }
            if (doubts(word) || (AttitudeVerbs.confirms(word) && negatedBefore(w, clause, i))) {
                return new Modality(Assertion.UNCONFIRMED, -1);
            }
            forecast |= isForecast(w, i);
            if (NEGATORS.contains(word)) {
                negations++;
                cue = cue < 0 ? i : cue;
            }
        }
        for (int i = gapFrom; i < gapTo; i++) {
            String word = w.lower(i);
            if (CONDITIONS.contains(word) && !word.equals("should") && !repetition(w, i)) {
                return new Modality(Assertion.CONDITIONAL, -1);
            }
            forecast |= isForecast(w, i);
            if (NEGATORS.contains(word) || (word.equals("yet") && w.lower(i + 1).equals("to"))
                || AspectVerbs.ends(word)) {
                negations++; // "have not yet", "stopped fighting": a verb of ending denies the state from then on
            }
        }
        if (forecast || forecastAfter(w, predicateTo)) {
            return new Modality(Assertion.FORECAST, -1);
        }
        return negations % 2 == 1 ? new Modality(Assertion.NEGATED, cue) : new Modality(Assertion.AFFIRMED, -1);
    }

    /** "once again", "once more": an adverb of repetition, not the conjunction of a condition. */
    private static boolean repetition(SentenceWords w, int i) {
        return w.lower(i).equals("once") && (w.lower(i + 1).equals("again") || w.lower(i + 1).equals("more"));
    }

    /** "engaged in combat soon", "in combat in the coming days". */
    private static boolean forecastAfter(SentenceWords w, int predicateTo) {
        for (int i = predicateTo + 1; i < Math.min(w.size(), predicateTo + 5) && !w.get(i).isPunctuation(); i++) {
            if (w.lower(i).equals("soon") || w.lower(i).equals("coming") && w.lower(i - 1).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** The first word of the clause that holds word i. */
    public static int clauseStart(SentenceWords w, int i) {
        int k = i - 1;
        while (k >= 0) {
            String word = w.lower(k);
            if (CLAUSE_BREAKS.contains(word) || (word.equals("that") && k > 0 && VerbsOfSaying.contains(w.lower(k - 1)))) {
                return k + 1;
            }
            k--;
        }
        return 0;
    }

    private static boolean isQuestion(SentenceWords w, int from) {
        for (int i = from + 1; i < w.size(); i++) {
            String word = w.lower(i);
            if (word.equals("?")) {
                return true;
            }
            if (word.equals(".") || word.equals("!")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isForecast(SentenceWords w, int i) {
        String word = w.lower(i);
        if (AttitudeVerbs.expects(word) || StanceWords.FORECAST.contains(word)) {
            return true;
        }
        if (StanceWords.FORECAST_BEFORE_TO.contains(word)) {
            return w.lower(i + 1).equals("to");
        }
        if (word.equals("may") && i > 0 && w.get(i).text().equals("May")) {
            return false; // the month inside a sentence: "which the city closed on 3 May"
        }
        if (MODALS.contains(word)) {
            // "would only say that ...", "could not confirm": the modal governs the speaking, not the fact
            int j = i + 1;
            while (j < w.size() && (w.lower(j).equals("only") || w.lower(j).equals("not") || w.lower(j).equals("n't")
                || w.lower(j).equals("also") || w.lower(j).equals("never"))) {
                j++;
            }
            return j >= w.size() || !VerbsOfSaying.contains(w.lower(j));
        }
        return false;
    }

    /** A reporting clause that does not vouch for what it reports: negated, or a denial. */
    private static boolean doubted(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NEGATORS.contains(w.lower(i)) || doubts(w.lower(i)) || w.lower(i).equals("unable")) {
                return true;
            }
        }
        return false;
    }

    /** A word that doubts or denies what is reported: "denied", "disputes", "rumours", "unconfirmed". */
    private static boolean doubts(String word) {
        return AttitudeVerbs.doubts(word) || StanceWords.HEARSAY.contains(word) || StanceWords.unconfirmed(word);
    }

    private static boolean pastFollows(SentenceWords w, int from, int to) {
        for (int i = from + 1; i <= to && i < w.size(); i++) {
            String word = w.lower(i);
            if (word.length() > 3 && word.endsWith("ed") || Inflections.isIrregularPast(word) && !word.equals("is")
                && !word.equals("are") && !word.equals("has") && !word.equals("does") && !word.equals("being")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedBefore(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = w.lower(i);
            if (NEGATORS.contains(word) || word.equals("unable") || word.equals("failed")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
