package io.factaudit.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private final FactsBuilder builder = new FactsBuilder("features/p.feature", Path.of("."));
    private int line = 1;

    private Table table(String header, String... rows) {
        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        cells.add(split(header));
        lines.add(line++);
        for (String row : rows) {
            cells.add(split(row));
            lines.add(line++);
        }
        return Table.of("features/p.feature", cells, lines);
    }

    private static List<String> split(String row) {
        return Arrays.stream(row.split("\\|", -1)).map(String::strip).toList();
    }

    private void names() {
        builder.names(table("name | also written as", "cases | infections", "Health Board | board", "Ostland | Ost."));
    }

    private List<String> messages() {
        return builder.problems().stream().map(Problem::message).toList();
    }

    @Test
    void estimates_count_by_place_and_every_place_is_a_name() {
        names();
        builder.places(table("place | within", "Ostland |", "Marlow County | Ostland"));
        builder.estimates("cases", table("source | as of | where | count", "Health Board | 2031-01-05 | | 900",
            "Health Board | 2031-01-05 | Ost. | 400", "Health Board | 2031-01-05 | Marlow County | 120"));
        Facts facts = builder.build("s", 1).facts();
        assertThat(builder.problems()).isEmpty();
        assertThat(facts.estimates()).extracting(Estimate::place).containsExactly(null, "Ostland", "Marlow County");
        assertThat(facts.holders("Marlow County")).containsExactly("Ostland");
        assertThat(facts.name("Marlow County")).as("a place not under these names is a name").isPresent();
        assertThat(facts.hasPlaces()).isTrue();
    }

    @Test
    void a_version_1_sheet_has_no_places() {
        names();
        builder.estimates("cases", table("source | as of | count", "Health Board | 2031-01-05 | 900"));
        Facts facts = builder.build("s", 1).facts();
        assertThat(facts.hasPlaces()).isFalse();
        assertThat(facts.estimates().get(0).place()).isNull();
    }

    @Test
    void a_where_not_among_these_places_is_named_with_the_line() {
        names();
        builder.places(table("place | within", "Ostland |"));
        builder.estimates("cases", table("source | as of | where | count", "Health Board | 2031-01-05 | Vesterby | 40"));
        Facts facts = builder.build("s", 1).facts();
        assertThat(facts.estimates()).isEmpty();
        assertThat(builder.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line - 1);
            assertThat(p.message()).contains("\"Vesterby\"", "not among these places", "Given these places:", "Ostland");
        });
    }

    @Test
    void a_place_within_itself_is_named() {
        builder.places(table("place | within", "Ostland | Ostland"));
        Facts facts = builder.build("s", 1).facts();
        assertThat(messages()).singleElement().asString().contains("within itself");
        assertThat(facts.place("Ostland").orElseThrow().within()).isNull();
    }

    @Test
    void a_cycle_is_named_once_and_broken() {
        builder.places(table("place | within", "Ostland | Marlow County", "Marlow County | Ostland", "Vesterby |"));
        Facts facts = builder.build("s", 1).facts();
        assertThat(messages()).singleElement().asString().contains("hold each other", "Ostland", "Marlow County");
        assertThat(facts.holders("Ostland")).isEmpty();
        assertThat(facts.places()).hasSize(3);
    }

    @Test
    void within_a_place_that_is_not_listed_is_named() {
        builder.places(table("place | within", "Marlow County | Ostland"));
        builder.build("s", 1);
        assertThat(messages()).singleElement().asString().contains("not among these places", "add a row for \"Ostland\"");
    }

    @Test
    void a_where_column_in_a_table_of_another_kind_is_named() {
        builder.names(table("name | also written as | where", "Ostland | | x"));
        builder.milestones("cases", table("state | from | where", "falling | 2031-02-01 | Ostland"));
        builder.build("s", 1);
        assertThat(messages()).hasSize(2).allSatisfy(m -> assertThat(m).contains("\"where\" column", "only an estimates table"));
    }

    @Test
    void a_place_listed_twice_is_named() {
        builder.places(table("place | within", "Ostland |", "ostland |"));
        builder.build("s", 1);
        assertThat(messages()).singleElement().asString().contains("listed twice");
    }
}
