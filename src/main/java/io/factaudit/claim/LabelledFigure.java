package io.factaudit.claim;

/**
 * A figure after a colon whose label says what is counted: the sentence opens with a noun group
 * whose last word is a subject's head or a noun of its act ("Evacuees: about 900", "Branch
 * closures: 45"); not a label that counts others ("Staff idled by the closures: 45").
 */
final class LabelledFigure {

    private LabelledFigure() {
    }

    /** Whether the number at word {@code first} follows such a label and its colon; the label's noun is word {@code first - 2}. */
    static boolean labels(CountSentence s, int first) {
        if (first < 2 || !s.word(first - 1).is(":")) {
            return false;
        }
        int last = first - 2;
        String lower = s.word(last).lower();
        CountContext c = s.context();
        if (!c.anyHead(lower) && c.profiles().stream().noneMatch(p -> p.isAct(lower))) {
            return false;
        }
        for (int i = 0; i < last; i++) {
            String tag = s.tag(s.word(i));
            if (!tag.equals("NOUN") && !tag.equals("ADJ") && !tag.equals("PROPN")) {
                return false;
            }
        }
        return true;
    }
}
