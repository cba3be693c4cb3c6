package io.factaudit.security;

import io.factaudit.audit.AuditSession;
import io.factaudit.audit.Auditor;
import io.factaudit.baseline.Acknowledgements;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditReport;
import io.factaudit.report.Reports;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small project in a scratch folder: sheets under features/, articles and sidecars beside them, audited as the build does. */
final class ScratchProject {

    private final Path root;

    ScratchProject(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Writes a file of the project, creating its folders. */
    ScratchProject file(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Audits every sheet under features/ over its articles, as {@code mvn test} does. */
    AuditReport audit() {
        Problems problems = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(root).readAll(root.resolve("features"), problems);
        AuditSession session = new AuditSession(root, Auditor.standard(), Acknowledgements.none(), problems, 2);
        session.checkAll(scenarios);
        return session.report();
    }

    /** Audits the project and writes every report where the build writes them. */
    Path auditAndWriteReports() throws IOException {
        Path folder = root.resolve("target").resolve("fact-audit");
        Reports.writeAll(audit(), folder);
        return folder;
    }
}
