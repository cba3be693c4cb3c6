package io.factaudit.report;

import io.factaudit.audit.AuditReport;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes report.html: one self-contained page that opens offline from disk. The template escapes
 * every value from articles and sheets; the charts' data travels as script-safe JSON that the
 * page's own script parses; a Content-Security-Policy lets only the inlined scripts run.
 */
public final class HtmlReport {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("io/factaudit/report")
        .compile("report.html.mustache");

    private HtmlReport() {
    }

    public static void write(AuditReport report, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, render(report));
    }

    public static String render(AuditReport report) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, new Object[] {HtmlPage.of(report), DisagreementSection.of(report)});
        return out.toString();
    }
}
