package io.factaudit.baseline;

import io.factaudit.check.Finding;

/**
 * An editor's acknowledgement of a finding: keyed by the article and the claim's words (never by
 * line, so it survives edits elsewhere in the article), with the reason, who and when.
 *
 * @param article the article's path as reported
 * @param text    the claim's words
 * @param reason  the finding's reason ("altered quote")
 * @param why     why it is acknowledged ("correction pending")
 * @param by      who acknowledged it
 * @param on      when, as an ISO date
 */
public record Acknowledgement(String article, String text, String reason, String why, String by, String on)
    implements Comparable<Acknowledgement> {

    public boolean matches(Finding finding) {
        return article.equals(finding.path()) && text.equals(finding.text()) && reason.equals(finding.reason().label());
    }

    @Override
    public int compareTo(Acknowledgement o) {
        int c = article.compareTo(o.article);
        if (c != 0) {
            return c;
        }
        c = text.compareTo(o.text);
        return c != 0 ? c : reason.compareTo(o.reason);
    }
}
