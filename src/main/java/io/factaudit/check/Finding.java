package io.factaudit.check;

import io.factaudit.article.Span;
import io.factaudit.article.TextPosition;
import io.factaudit.sheet.FactLocation;

/**
 * One disagreement between an article and a fact sheet, carrying all an editor needs:
 * where (article, line, column, span), the claim's words, what kind of disagreement, the fact it
 * disagrees with, and a message that reads without opening either file.
 */
public record Finding(String path, Span span, TextPosition position, String text, String rule, Reason reason,
                      Status status, FactLocation fact, String message) implements Comparable<Finding> {

    public Severity severity() {
        return reason.severity();
    }

    public Finding acknowledged() {
        return new Finding(path, span, position, text, rule, reason, Status.ACKNOWLEDGED, fact, message);
    }

    /** {@code path:line:col: severity reason: message}, the one finding line used everywhere. */
    public String line() {
        return path + ":" + position.line() + ":" + position.column() + ": " + severity().label() + " " + reason.label()
            + ": " + message;
    }

    /** The finding line, then the claim's words on their own line. */
    public String describe() {
        return line() + "\n  \"" + text + "\"";
    }

    @Override
    public int compareTo(Finding o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = span.compareTo(o.span);
        if (c != 0) {
            return c;
        }
        c = reason.compareTo(o.reason);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
