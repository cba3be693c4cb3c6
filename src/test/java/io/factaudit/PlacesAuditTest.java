package io.factaudit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet that keeps the toll by place and a version-1 sheet of the same floods, audited side by side
 * over the same articles by Cucumber, as an editor runs it (test resources "places", written for this test).
 */
class PlacesAuditTest {

    @TempDir
    static Path project;

    private static AuditInCopy.Run run;

    @BeforeAll
    static void audit() throws Exception {
        AuditInCopy.copy(AuditInCopy.PROJECT.resolve("src/test/resources/places"), project.resolve("features"));
        run = AuditInCopy.audit(project);
    }

    private static List<JsonNode> findings(String article, String sheet) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : run.report().get("articles")) {
            if (a.get("path").asText().endsWith(article)) {
                a.get("findings").forEach(f -> {
                    if (f.get("fact").get("uri").asText().endsWith(sheet)) {
                        found.add(f);
                    }
                });
            }
        }
        return found;
    }

    private static List<String> where(String article) {
        List<String> places = new ArrayList<>();
        for (JsonNode a : run.report().get("articles")) {
            if (a.get("path").asText().endsWith(article)) {
                a.get("claims").forEach(c -> places.add(c.get("text").asText() + " @ " + c.get("where").asText("-")));
            }
        }
        return places;
    }

    @Test
    void report_json_gives_where_each_count_is_located() {
        assertThat(where("f1.txt")).contains("More than 60 people @ -", "at least 31 of them @ Ostland",
            "31 people @ Ostland", "At least 12 people @ Marlow County");
        assertThat(where("f2.txt")).contains("64 people @ -", "27 @ Ostland");
    }

    @Test
    void a_part_of_the_toll_is_no_contradiction_of_the_whole_on_a_sheet_with_places() {
        assertThat(findings("f2.txt", "floods-whole.feature")).extracting(f -> f.get("text").asText() + " "
            + f.get("reason").asText()).contains("27 contradiction");
        assertThat(findings("f2.txt", "floods.feature")).extracting(f -> f.get("text").asText() + " "
            + f.get("reason").asText()).contains("27 unverifiable").doesNotContain("27 contradiction");
    }

    @Test
    void a_part_larger_than_the_place_that_holds_it_is_a_contradiction_naming_the_place() {
        assertThat(findings("f2.txt", "floods.feature")).filteredOn(f -> f.get("text").asText().equals("45 people"))
            .singleElement().satisfies(f -> {
                assertThat(f.get("reason").asText()).isEqualTo("contradiction");
                assertThat(f.get("message").asText()).startsWith("says 45 deaths in Marlow County (Anna Berg), but a part"
                    + " can't exceed its whole: on 2031-04-11 Ostland had at most 31");
            });
    }

    @Test
    void a_row_revised_on_the_articles_day_still_holds_and_is_outdated_the_day_after() {
        assertThat(findings("f3.txt", "floods.feature")).isEmpty();
        assertThat(findings("f4.txt", "floods.feature")).extracting(f -> f.get("reason").asText()).containsExactly("outdated");
    }

    @Test
    void the_cucumber_run_fails_on_the_contradictions_and_names_the_place() {
        assertThat(run.status()).isNotZero();
        assertThat(run.output()).contains("says 45 deaths in Marlow County");
    }
}
