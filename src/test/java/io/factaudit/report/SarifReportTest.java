package io.factaudit.report;

import io.factaudit.audit.AuditReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import io.factaudit.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The OASIS schema, read from src/test/resources: any other address is refused, never fetched. */
    private static final JsonSchema SARIF_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        factory -> factory
            .schemaMappers(mappers -> mappers.mapPrefix(SarifReport.SCHEMA, "classpath:sarif/sarif-schema-2.1.0.json"))
            .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))))
        .getSchema(SchemaLocation.of(SarifReport.SCHEMA));

    @TempDir
    Path folder;

    @Test
    void should_write_sarif_that_the_schema_accepts() throws IOException {
        Path file = folder.resolve("report.sarif");
        SarifReport.write(SampleAudit.report(), file);

        Set<ValidationMessage> errors = SARIF_SCHEMA.validate(JSON.readTree(file.toFile()));

        assertThat(errors).isEmpty();
    }

    @Test
    void should_reject_what_is_not_sarif_so_that_the_check_means_something() {
        var broken = SarifReport.toJson(SampleAudit.report());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get(0).get("results").get(0))
            .put("level", "fatal");

        assertThat(SARIF_SCHEMA.validate(broken)).isNotEmpty();
    }

    @Test
    void should_write_exactly_the_expected_bytes_for_the_sample_audit() throws IOException {
        Path file = folder.resolve("report.sarif");
        SarifReport.write(SampleAudit.report(), file);

        assertThat(Files.readString(file)).isEqualTo(resource("expected/report.sarif"));
    }

    @Test
    void should_give_the_same_bytes_for_the_same_audit() throws IOException {
        SarifReport.write(SampleAudit.report(), folder.resolve("one.sarif"));
        SarifReport.write(SampleAudit.report(), folder.resolve("two.sarif"));

        assertThat(Files.mismatch(folder.resolve("one.sarif"), folder.resolve("two.sarif"))).isEqualTo(-1L);
    }

    @Test
    void should_report_one_result_per_finding_at_its_line_and_column_with_the_claims_words() {
        AuditReport report = SampleAudit.report();
        JsonNode results = SarifReport.toJson(report).get("runs").get(0).get("results");

        List<Finding> findings = report.findings();
        assertThat(results).hasSize(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode region = results.get(i).at("/locations/0/physicalLocation/region");
            assertThat(results.get(i).get("ruleId").asText()).isEqualTo(f.rule());
            assertThat(region.get("startLine").asInt()).isEqualTo(f.position().line());
            assertThat(region.get("startColumn").asInt()).isEqualTo(f.position().column());
            assertThat(region.at("/snippet/text").asText()).isEqualTo(f.text());
            assertThat(results.get(i).at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(f.fact().uri());
            assertThat(results.get(i).at("/relatedLocations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(f.fact().line());
        }
    }

    @Test
    void should_give_contradictions_as_errors_warnings_as_warnings_and_info_as_notes() {
        JsonNode results = SarifReport.toJson(SampleAudit.report()).get("runs").get(0).get("results");

        assertThat(results).extracting(r -> r.at("/properties/reason").asText() + " " + r.get("level").asText())
            .containsExactly("contradiction error", "misattributed error", "outdated warning", "unverifiable note",
                "state before its date error");
    }

    @Test
    void should_suppress_an_acknowledged_finding_with_the_editors_reason() {
        JsonNode results = SarifReport.toJson(SampleAudit.report()).get("runs").get(0).get("results");

        JsonNode acknowledged = results.get(4);
        assertThat(acknowledged.at("/properties/status").asText()).isEqualTo("acknowledged");
        assertThat(acknowledged.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(acknowledged.at("/suppressions/0/justification").asText())
            .isEqualTo("correction pending (acknowledged by m.lee on 2024-11-02)");
        for (int i = 0; i < 4; i++) {
            assertThat(results.get(i).has("suppressions")).as("result %d", i).isFalse();
        }
    }

    @Test
    void should_write_paths_as_uri_references() {
        assertThat(SarifReport.uriOf("seeds/in-brief & letters.txt")).isEqualTo("seeds/in-brief%20&%20letters.txt");
        assertThat(SarifReport.uriOf("seeds/caf\u00e9 <1>.txt")).isEqualTo("seeds/caf%C3%A9%20%3C1%3E.txt");
        assertThat(SarifReport.uriOf("/srv/news/a b.txt")).isEqualTo("file:///srv/news/a%20b.txt");
        assertThat(SarifReport.uriOf("C:\\news\\a.txt")).isEqualTo("file:///C:/news/a.txt");
        assertThat(SarifReport.uriOf("a:b/c.txt")).isEqualTo("./a:b/c.txt");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
