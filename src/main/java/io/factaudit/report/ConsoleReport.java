package io.factaudit.report;

import io.factaudit.audit.Summary;
import io.factaudit.audit.AuditReport;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.baseline.Acknowledgement;
import io.factaudit.check.Finding;
import io.factaudit.check.Status;
import io.factaudit.input.Problem;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The audit as a CI log shows it: the findings grouped by article, one per line
 * ({@code path:line:col: severity reason: message}) with the claim's words below, then input
 * problems and stale acknowledgements, and a summary line last, where a log is read first.
 * Colour only on a terminal that wants it.
 */
public final class ConsoleReport {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String MAGENTA = "\u001b[35m";
    private static final String GREEN = "\u001b[32m";

    private final boolean colour;

    private ConsoleReport(boolean colour) {
        this.colour = colour;
    }

    public static ConsoleReport plain() {
        return new ConsoleReport(false);
    }

    public static ConsoleReport coloured() {
        return new ConsoleReport(true);
    }

    /** Coloured when writing to a terminal that is not dumb, unless NO_COLOR is set. */
    public static ConsoleReport forThisTerminal() {
        return new ConsoleReport(wantsColour(System.console() != null, System.getenv()));
    }

    /** See <a href="https://no-color.org">no-color.org</a>: NO_COLOR set to anything but "" turns colour off. */
    static boolean wantsColour(boolean terminal, Map<String, String> environment) {
        String term = environment.get("TERM");
        String noColor = environment.get("NO_COLOR");
        return terminal && term != null && !term.equals("dumb") && (noColor == null || noColor.isEmpty());
    }

    public void print(AuditReport report, PrintStream out) {
        out.print(render(report));
        out.flush();
    }

    public String render(AuditReport report) {
        StringBuilder out = new StringBuilder();
        for (ArticleAudit audit : report.articles()) {
            if (audit.findings().isEmpty()) {
                continue;
            }
            Summary counts = Summary.of(List.of(audit));
            out.append(paint(BOLD, audit.article().path())).append(": ").append(tally(counts)).append('\n');
            for (Finding f : audit.findings()) {
                out.append(paint(colourOf(f), f.line())).append('\n');
                out.append("  \"").append(f.text()).append("\"\n");
                if (f.status() == Status.ACKNOWLEDGED) {
                    out.append(paint(MAGENTA, "  " + acknowledged(report, f))).append('\n');
                }
            }
            out.append('\n');
        }
        if (!report.problems().isEmpty()) {
            out.append(paint(BOLD, "problems with the input:")).append('\n');
            for (Problem p : report.problems()) {
                out.append(paint(YELLOW, p.format())).append('\n');
            }
            out.append('\n');
        }
        if (!report.stale().isEmpty()) {
            out.append(paint(BOLD, "stale acknowledgements (they match no finding any more: remove them):"))
                .append('\n');
            for (Acknowledgement a : report.stale()) {
                out.append("  ").append(a.article()).append(": \"").append(a.text()).append("\" (").append(a.reason())
                    .append("), acknowledged by ").append(a.by()).append(" on ").append(a.on()).append('\n');
            }
            out.append('\n');
        }
        out.append(summaryLine(report)).append('\n');
        return out.toString();
    }

    private String summaryLine(AuditReport report) {
        Summary s = report.summary();
        String line = "fact-audit: " + s.line();
        if (!report.problems().isEmpty()) {
            line += ", " + report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems");
        }
        if (!report.stale().isEmpty()) {
            line += ", " + report.stale().size() + " stale";
        }
        return paint(BOLD + (s.contradictions() > 0 ? RED : GREEN), line);
    }

    private static String tally(Summary s) {
        StringBuilder t = new StringBuilder();
        append(t, s.contradictions(), "contradiction");
        append(t, s.warnings(), "warning");
        append(t, s.info(), "info");
        append(t, s.acknowledged(), "acknowledged");
        return t.toString();
    }

    private static void append(StringBuilder t, int n, String what) {
        if (n == 0) {
            return;
        }
        if (!t.isEmpty()) {
            t.append(", ");
        }
        boolean countable = what.equals("contradiction") || what.equals("warning");
        t.append(n).append(' ').append(what).append(countable && n != 1 ? "s" : "");
    }

    private static String acknowledged(AuditReport report, Finding f) {
        return report.acknowledgementOf(f)
            .map(a -> "acknowledged by " + a.by() + " on " + a.on() + ": " + a.why())
            .orElse("acknowledged");
    }

    private static String colourOf(Finding f) {
        if (f.status() == Status.ACKNOWLEDGED) {
            return MAGENTA;
        }
        return switch (f.severity()) {
            case CONTRADICTION -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
