package io.factaudit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.factaudit.steps.SheetAudit;
import java.util.stream.Stream;

/**
 * The audit as an editor runs it, in a copy of the project: {@code mvn test}'s audit over the
 * copy's features/, with what it printed and the report.json it wrote.
 */
public final class AuditInCopy {

    static final Path PROJECT = Path.of(System.getProperty("fact-audit.project", ".")).toAbsolutePath();

    /** What one audit gave: its exit status, everything it printed, and its report. */
    record Run(int status, String output, JsonNode report, int checks) {
    }

    private AuditInCopy() {
    }

    /** A copy of the project's sheets and seeds in a folder. */
    public static void copyProject(Path project) throws IOException {
        copy(PROJECT.resolve("features"), project.resolve("features"));
        copy(PROJECT.resolve("seeds"), project.resolve("seeds"));
    }

    static Run audit(Path project) throws IOException {
        return audit(project, null, null);
    }

    /**
     * The audit as {@code mvn test [-Dcucumber.features=...] [-Dcucumber.filter.tags=...]} runs it,
     * with its exit status as the build's (1 when a check fails).
     */
    static Run audit(Path project, String features, String tags) throws IOException {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        SheetAudit.Outcome outcome = SheetAudit.run(project, features, tags, out);
        StringBuilder printed = new StringBuilder(captured.toString(StandardCharsets.UTF_8));
        outcome.checks().stream().filter(c -> c.failure() != null)
            .forEach(c -> printed.append("FAILED ").append(c.name()).append(": ").append(c.failure()).append('\n'));
        Path json = project.resolve("target/fact-audit/report.json");
        JsonNode report = Files.exists(json) ? new ObjectMapper().readTree(json.toFile()) : null;
        return new Run(outcome.passes() ? 0 : 1, printed.toString(), report, outcome.checks().size());
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
