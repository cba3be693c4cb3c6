package io.factaudit.lexicon;

import static io.factaudit.lexicon.SenseClassSource.BELOW;

import java.util.Map;

/**
 * Verbs of a speaker's stance toward what is reported, in every inflection, drawn from WordNet
 * 3.1 through {@link SenseClassSource} (below the senses of denying only: below
 * contradicting and refuting lie "veto", "oppose" and "picket"): of doubting or denying ("denied", "disputes", "doubted",
 * "rejected", "refuted"), of confirming ("confirmed", "corroborated", "verified"), and of
 * expecting or intending ("expects", "anticipated", "planned", "intends"). A report made with a
 * verb of doubting, or a confirming one that is negated, does not vouch for what it reports; what
 * is expected or intended has not happened yet.
 */
public final class AttitudeVerbs {

    static final String DOUBTING_FILE = "verbs-of-doubting.txt";
    static final String CONFIRMING_FILE = "verbs-of-confirming.txt";
    static final String EXPECTING_FILE = "verbs-of-expecting.txt";

    /** Declaring untrue, contradicting, refuting, doubting, refusing to accept. */
    static final String[][] DOUBTING = {
        {"deny", "declare untrue", BELOW}, {"contradict", "deny the truth of"},
        {"refute", "prove to be false"}, {"refute", "overthrow by argument"},
        {"doubt", "consider unlikely"}, {"doubt", "lack confidence in"}, {"dispute", "take exception to"},
        {"reject", "refuse to accept or acknowledge"}, {"dismiss", "bar from attention"},
    };
    /** Establishing as true with evidence, confirming the truth of. */
    static final String[][] CONFIRMING = {
        {"confirm", "establish or strengthen as with new evidence"}, {"verify", "confirm the truth of"},
        {"corroborate", "support with evidence"},
    };
    /** Regarding as probable, looking forward to, having in mind as a purpose, making plans. */
    static final String[][] EXPECTING = {
        {"expect", "regard something as probable"}, {"expect", "look forward to the probable"},
        {"intend", "have in mind as a purpose"}, {"plan", "have the will and intention"},
    };

    private static final Map<String, String> DOUBT = WordFormsFile.read(DOUBTING_FILE);
    private static final Map<String, String> CONFIRM = WordFormsFile.read(CONFIRMING_FILE);
    private static final Map<String, String> EXPECT = WordFormsFile.read(EXPECTING_FILE);

    private AttitudeVerbs() {
    }

    /** "denied", "disputes", "doubted". */
    public static boolean doubts(String lowerWord) {
        return DOUBT.containsKey(lowerWord);
    }

    /** "confirmed", "verify", "corroborated". */
    public static boolean confirms(String lowerWord) {
        return CONFIRM.containsKey(lowerWord);
    }

    /** "expects", "anticipated", "intend", "planning". */
    public static boolean expects(String lowerWord) {
        return EXPECT.containsKey(lowerWord);
    }
}
