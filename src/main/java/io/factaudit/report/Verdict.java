package io.factaudit.report;

import io.factaudit.check.Finding;
import io.factaudit.check.Status;
import java.util.Collection;

/**
 * What a report shows for a claim: it agrees (no finding), or the verdict of its gravest finding.
 * Declared from the gravest down, so that the smaller ordinal wins.
 */
public enum Verdict {
    CONTRADICTION("contradiction"),
    WARNING("warning"),
    INFO("unverifiable"),
    ACKNOWLEDGED("acknowledged"),
    AGREES("agrees");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** As shown to an editor, and as the page's CSS class suffix. */
    public String label() {
        return label;
    }

    /** An acknowledged finding is shown as acknowledged whatever its severity. */
    public static Verdict of(Finding finding) {
        if (finding.status() == Status.ACKNOWLEDGED) {
            return ACKNOWLEDGED;
        }
        return switch (finding.severity()) {
            case CONTRADICTION -> CONTRADICTION;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }

    /** The gravest verdict of some findings: {@link #AGREES} when there are none. */
    public static Verdict of(Collection<Finding> findings) {
        Verdict worst = AGREES;
        for (Finding f : findings) {
            worst = worst.graver(of(f));
        }
        return worst;
    }

    public Verdict graver(Verdict other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
