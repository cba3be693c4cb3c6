package io.factaudit.baseline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factaudit.check.Finding;

/**
 * An editor's acknowledgement of a finding: keyed by the article and the claim's words (never by
 * line, so it survives edits elsewhere in the article), with the reason, who and when, and the
 * sheet whose fact the finding cited (so that an audit of other sheets leaves it alone).
 *
 * @param article the article's path as reported
 * @param text    the claim's words
 * @param reason  the finding's reason ("altered quote")
 * @param why     why it is acknowledged ("correction pending")
 * @param by      who acknowledged it
 * @param on      when, as an ISO date
 * @param sheet   the sheet of the fact the finding cited, or "" when not recorded (older entries)
 */
public record Acknowledgement(String article, String text, String reason, String why, String by, String on, String sheet)
    implements Comparable<Acknowledgement> {

    public Acknowledgement {
        sheet = sheet == null ? "" : sheet;
    }

    public Acknowledgement(String article, String text, String reason, String why, String by, String on) {
        this(article, text, reason, why, by, on, "");
    }

    /** Writes this entry's fields into a JSON object, as the acknowledgement file and report.json's stale list give it. */
    public void writeTo(ObjectNode n) {
        n.put("article", article);
        n.put("text", text);
        n.put("reason", reason);
        n.put("why", why);
        n.put("by", by);
        n.put("on", on);
        if (!sheet.isEmpty()) {
            n.put("sheet", sheet);
        }
    }

    public boolean matches(Finding finding) {
        return article.equals(finding.path()) && text.equals(finding.text()) && reason.equals(finding.reason().label())
            && (sheet.isEmpty() || finding.fact() == null || sheet.equals(finding.fact().uri()));
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
