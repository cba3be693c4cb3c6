package io.factaudit.report;

import io.factaudit.audit.AuditReport;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factaudit.baseline.Acknowledgement;
import io.factaudit.check.Finding;
import io.factaudit.check.Status;
import io.factaudit.input.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Writes report.sarif (SARIF 2.1.0) for code scanning: one result per finding at the article's
 * line and column, the fact as a related location, acknowledged findings as suppressed results,
 * input problems and stale acknowledgements as notifications. The same report gives the same bytes.
 */
public final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Names the result's content (article, words, reason), not its line, so it survives edits elsewhere. */
    static final String FINGERPRINT = "factAuditFinding/v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/");

    private SarifReport() {
    }

    public static void write(AuditReport report, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, JSON.writer(printer).writeValueAsString(toJson(report)) + "\n");
    }

    public static ObjectNode toJson(AuditReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "fact-audit");
        driver.put("fullName", "fact-audit: articles judged against the newsroom's fact sheets");
        ArrayNode rules = driver.putArray("rules");
        SarifRules.ALL.forEach(rule -> rules.add(rule(rule)));
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!report.problems().isEmpty() || !report.stale().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            report.problems().forEach(p -> notes.add(problem(p)));
            report.stale().forEach(a -> notes.add(stale(a)));
        }
        run.put("columnKind", "utf16CodeUnits");
        run.putObject("properties").set("audit", AuditJson.of(report));
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            results.add(result(f, report));
        }
        return root;
    }

    private static ObjectNode rule(SarifRules.Rule rule) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", rule.id());
        n.put("name", rule.name());
        n.putObject("shortDescription").put("text", rule.summary());
        n.putObject("fullDescription").put("text", rule.summary() + " Reasons: " + rule.reasons() + ".");
        n.putObject("help").put("text", rule.summary() + " Each finding names the fact on the sheet it disagrees"
            + " with; correct the article, or the sheet if the fact has changed, or acknowledge the finding.");
        n.putObject("defaultConfiguration").put("level", "error");
        return n;
    }

    private static ObjectNode result(Finding f, AuditReport report) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ruleId", f.rule());
        int index = SarifRules.indexOf(f.rule());
        if (index >= 0) {
            n.put("ruleIndex", index);
        }
        n.put("level", level(f));
        n.putObject("message").put("text", f.reason().label() + ": " + f.message());
        ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uriOf(f.path()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", f.position().line());
        region.put("startColumn", f.position().column());
        region.putObject("snippet").put("text", f.text());
        if (f.fact() != null) {
            ObjectNode related = n.putArray("relatedLocations").addObject();
            related.put("id", 1);
            ObjectNode fact = related.putObject("physicalLocation");
            fact.putObject("artifactLocation").put("uri", uriOf(f.fact().uri()));
            fact.putObject("region").put("startLine", f.fact().line());
            related.putObject("message").put("text", "the fact on the sheet: " + f.fact());
        }
        n.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(f));
        if (f.status() == Status.ACKNOWLEDGED) {
            ObjectNode suppression = n.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", report.acknowledgementOf(f)
                .map(a -> a.why() + " (acknowledged by " + a.by() + " on " + a.on() + ")")
                .orElse("acknowledged in the fact sheets' acknowledgements"));
        }
        ObjectNode properties = n.putObject("properties");
        properties.put("severity", f.severity().label());
        properties.put("reason", f.reason().label());
        properties.put("status", f.status().label());
        return n;
    }

    /** Contradictions fail the audit (error); warnings are warnings; info is a note. */
    static String level(Finding f) {
        return switch (f.severity()) {
            case CONTRADICTION -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static ObjectNode problem(Problem p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("level", "warning");
        n.putObject("message").put("text", p.message());
        ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uriOf(p.path()));
        if (p.line() > 0) {
            physical.putObject("region").put("startLine", p.line());
        }
        return n;
    }

    private static ObjectNode stale(Acknowledgement a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("level", "note");
        n.putObject("message").put("text", "stale acknowledgement: \"" + a.text() + "\" (" + a.reason()
            + ") matches no finding any more; remove it from the acknowledgements file");
        n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
            .put("uri", uriOf(a.article()));
        return n;
    }

    /**
     * A path as a URI reference: relative paths (from the project root, as reports give them) stay
     * relative with each character that a URI cannot hold percent-encoded; absolute ones become file URIs.
     */
    static String uriOf(String path) {
        String slashed = path.replace('\\', '/');
        String reference;
        if (slashed.startsWith("/")) {
            reference = "file://" + slashed;
        } else if (WINDOWS_DRIVE.matcher(slashed).lookingAt()) {
            reference = "file:///" + slashed;
        } else {
            reference = slashed.split("/", 2)[0].contains(":") ? "./" + slashed : slashed;  // "a:b" reads as a scheme
        }
        try {
            URI uri = reference.startsWith("file:")
                ? new URI("file", "", reference.substring("file://".length()), null)
                : new URI(null, null, reference, null);
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + path + " as a URI", e);
        }
    }

    private static String fingerprint(Finding f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = f.path() + "\u0000" + f.text() + "\u0000" + f.reason().label();
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
