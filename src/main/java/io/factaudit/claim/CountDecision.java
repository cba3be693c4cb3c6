package io.factaudit.claim;

import io.factaudit.article.Span;

/**
 * What the count reader decided for one number of a sentence: the claim it read, or the rule that
 * set the number aside and the words that rule looked at.
 *
 * @param number the number as written
 * @param claim  the claim read, or null when the number was set aside
 * @param rule   the name of the rule that set it aside, or null when a claim was read
 * @param looked the words the rule looked at, or null
 * @param placedBy the name of the place rule that read the claim's place, or null
 * @param frame  what made the number a count of the subject ("the noun after it", "a part of the count
 *               before it"), or null when set aside
 */
public record CountDecision(Span number, CountClaim claim, String rule, Span looked, String placedBy, String frame) {

    static CountDecision read(Span number, CountClaim claim, String placedBy) {
        return read(number, claim, placedBy, null);
    }

    static CountDecision read(Span number, CountClaim claim, String placedBy, String frame) {
        return new CountDecision(number, claim, null, null, claim.where() == null ? null : placedBy, frame);
    }

    static CountDecision setAside(Span number, SetAside aside) {
        return new CountDecision(number, null, aside.rule(), aside.words(), null, null);
    }

    /** How the claim was read, as {@code explain} names it: its frame, then its place rule when it is located; null when set aside. */
    public String reading() {
        if (claim == null) {
            return null;
        }
        String by = frame == null ? "" : frame;
        return placedBy == null ? by : by + (by.isEmpty() ? "" : ", ") + "placed by " + placedBy;
    }

    public boolean isClaim() {
        return claim != null;
    }

    /**
     * One line for {@code explain}: {@code "12,000" read as a count of people evacuated: "12,000
     * residents were evacuated"} (then, when it is located, {@code in X [the place rule]}), or
     * {@code "12,000" set aside [a count of something else]: "12,000 sandbags"}.
     *
     * @param text the article's text, which the spans index
     */
    public String describe(String text) {
        String written = "\"" + text.substring(number.start(), number.end()) + "\"";
        if (claim != null) {
            String where = claim.where() == null ? "" : " in " + claim.where() + (placedBy == null ? "" : " [" + placedBy + "]");
            return written + " read as a count of " + claim.subject() + (frame == null ? "" : " [" + frame + "]") + ": \""
                + claim.text() + "\"" + where;
        }
        return written + " set aside [" + rule + "]: \"" + text.substring(looked.start(), looked.end()).replaceAll("\\s+", " ") + "\"";
    }
}
