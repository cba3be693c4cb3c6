package io.factaudit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The audit as an editor runs it, in a copy of the project: Cucumber over the copy's features/,
 * with what it printed and the report.json it wrote.
 */
final class AuditInCopy {

    static final Path PROJECT = Path.of(System.getProperty("fact-audit.project", ".")).toAbsolutePath();

    /** What one audit gave: its exit status, everything it printed, and its report. */
    record Run(int status, String output, JsonNode report) {
    }

    private AuditInCopy() {
    }

    /** A copy of the project's sheets and seeds in a folder. */
    static void copyProject(Path project) throws IOException {
        copy(PROJECT.resolve("features"), project.resolve("features"));
        copy(PROJECT.resolve("seeds"), project.resolve("seeds"));
    }

    static Run audit(Path project) throws IOException {
        String before = System.getProperty("fact-audit.project");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setProperty("fact-audit.project", project.toString());
            PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            status = io.cucumber.core.cli.Main.run(new String[] {"--glue", "io.factaudit.steps", "--plugin",
                "io.factaudit.steps.AuditReportPlugin", "--plugin", "summary", project.resolve("features").toString()},
                Thread.currentThread().getContextClassLoader());
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (before == null) {
                System.clearProperty("fact-audit.project");
            } else {
                System.setProperty("fact-audit.project", before);
            }
        }
        JsonNode report = new ObjectMapper().readTree(project.resolve("target/fact-audit/report.json").toFile());
        return new Run(status, captured.toString(StandardCharsets.UTF_8), report);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
