package io.factaudit.language;

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
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "once", "lest", "provided", "should");
    /** Conditions of time, unless a past tense follows: "before they enter combat", not "until Assad agreed". */
    private static final Set<String> TIME_CONDITIONS = Set.of("before", "until", "till");
    private static final Set<String> EMBEDDED_QUESTIONS = Set.of("how", "whether");
    private static final Set<String> MODALS = Set.of("will", "'ll", "would", "'d", "could", "may", "might", "shall", "can",
        "must", "cannot", "ca", "wo", "should");
    private static final Set<String> FORECASTS = Set.of("expect", "expects", "expected", "expecting", "anticipate",
        "anticipates", "anticipated", "likely", "unlikely", "poised", "prepare", "prepares", "preparing", "ready",
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "soon", "possible", "possibly",
        "potentially", "perhaps", "maybe", "probably", "hope", "hopes", "hoped", "threaten", "threatens",
        "threatened", "want", "wants", "wanted", "fear", "fears", "feared", "scheduled", "due", "imminent", "imminently",
        // what may come: "the prospect of troops entering combat", "the risk that they fight"
        "prospect", "prospects", "possibility", "likelihood", "risk", "chance", "chances", "danger", "potential",
        "threat");
    /** Forecast only when "to" follows: "set to join", "about to enter", "going to fight". */
    private static final Set<String> FORECASTS_BEFORE_TO = Set.of("set", "about", "going", "aim", "aims", "seek",
        "seeks", "need", "needs");
    /** Stems of verbs of speaking: a modal before one of them governs the speaking ("would only say"). */
    private static final Set<String> SPEECH = stems("say", "tell", "confirm", "comment", "disclose", "specify",
        "elaborate", "describe", "add", "note", "reveal", "acknowledge", "admit", "go", "discuss");
    private static final Set<String> CONFIRMING = Set.of("confirm", "confirmed", "corroborate", "corroborated", "verify",
        "verified", "substantiate", "substantiated", "prove", "proven", "independently");
    private static final Set<String> DOUBTS = Set.of("deny", "denies", "denied", "denying", "dismissed", "dismisses",
        "rejected", "rejects", "refuted", "rumor", "rumors", "rumour", "rumours", "unconfirmed", "unverified",
        "speculation", "speculated", "hoax", "alleged", "disputed");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "(", ")", "\"", "?", "!", "-", ",", "but",
        "while", "although", "though", "because", "whereas");
    private static final Set<String> REPORTING = Set.of("say", "said", "says", "told", "tell", "tells", "announced",
        "added", "reported", "stated", "noted", "insisted", "insists", "believe", "believes", "believed", "claimed",
        "claims", "warned", "think", "thinks", "thought", "estimated", "estimates", "confirmed", "confirms", "knows",
        "know", "agreed", "agree", "acknowledged", "admitted", "argued", "argues");

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
            if (CONDITIONS.contains(word) && !(word.equals("should") && i > clause)
                || TIME_CONDITIONS.contains(word) && !pastFollows(w, i, predicateTo)) {
                return new Modality(Assertion.CONDITIONAL, -1);
            }
            if (DOUBTS.contains(word) || (CONFIRMING.contains(word) && negatedBefore(w, clause, i))) {
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
            if (CONDITIONS.contains(word) && !word.equals("should")) {
                return new Modality(Assertion.CONDITIONAL, -1);
            }
            forecast |= isForecast(w, i);
            if (NEGATORS.contains(word) || (word.equals("yet") && w.lower(i + 1).equals("to"))) {
                negations++;
            }
        }
        if (forecast || forecastAfter(w, predicateTo)) {
            return new Modality(Assertion.FORECAST, -1);
        }
        return negations % 2 == 1 ? new Modality(Assertion.NEGATED, cue) : new Modality(Assertion.AFFIRMED, -1);
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
            if (CLAUSE_BREAKS.contains(word) || (word.equals("that") && REPORTING.contains(w.lower(k - 1)))) {
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
        if (FORECASTS.contains(word)) {
            return true;
        }
        if (FORECASTS_BEFORE_TO.contains(word)) {
            return w.lower(i + 1).equals("to");
        }
        if (MODALS.contains(word)) {
            // "would only say that ...", "could not confirm": the modal governs the speaking, not the fact
            int j = i + 1;
            while (j < w.size() && (w.lower(j).equals("only") || w.lower(j).equals("not") || w.lower(j).equals("n't")
                || w.lower(j).equals("also") || w.lower(j).equals("never"))) {
                j++;
            }
            return j >= w.size() || !SPEECH.contains(w.get(j).stem());
        }
        return false;
    }

    /** A reporting clause that does not vouch for what it reports: negated, or a denial. */
    private static boolean doubted(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NEGATORS.contains(w.lower(i)) || DOUBTS.contains(w.lower(i)) || w.lower(i).equals("unable")) {
                return true;
            }
        }
        return false;
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

    private static Set<String> stems(String... words) {
        return java.util.Arrays.stream(words).map(Inflections::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
}
