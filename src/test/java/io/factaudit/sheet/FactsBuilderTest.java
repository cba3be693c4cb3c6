package io.factaudit.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.SheetFixture;
import io.factaudit.input.Problem;
import org.junit.jupiter.api.Test;

class FactsBuilderTest {

    @Test
    void a_bad_count_cell_is_named_with_its_line_and_left_out() {
        SheetFixture sheet = new SheetFixture().names("South Korea | Seoul", "North Korean troops | DPRK troops");
        sheet.estimates("North Korean troops", "South Korea | 2024-10-23 | 10.000,5", "South Korea | 2024-10-23 | ten-ish",
            "South Korea | 2024-10-23 | -3", "South Korea | 2024-10-23 | about 3,000");
        var facts = sheet.builder().build("s", 1).facts();
        assertThat(facts.estimates()).singleElement().satisfies(e -> assertThat(e.count().low()).isEqualTo(2700L));
        assertThat(sheet.builder().problems()).extracting(Problem::line).containsExactly(5, 6, 7);
        assertThat(sheet.builder().problems().get(0).format()).isEqualTo("features/test.feature:5: problem: the count"
            + " \"10.000,5\" is not a count: write 3,000, about 10,000, at least 10,000, more than 10,000, up to 8,000 or"
            + " 11,000 to 12,000");
    }

    @Test
    void an_impossible_date_is_named() {
        SheetFixture sheet = new SheetFixture().names("South Korea | Seoul");
        sheet.estimates("North Korean troops", "South Korea | 2024-13-45 | 3,000");
        sheet.builder().build("s", 1);
        assertThat(sheet.builder().problems()).singleElement().extracting(Problem::message).asString()
            .contains("\"2024-13-45\" is not a date: write it as YYYY-MM-DD");
    }

    @Test
    void an_estimate_whose_source_is_not_a_name_is_named_and_left_out() {
        SheetFixture sheet = new SheetFixture().names("South Korea | Seoul");
        sheet.estimates("North Korean troops", "the Kremlin | 2024-10-23 | 3,000");
        var facts = sheet.builder().build("s", 1).facts();
        assertThat(facts.estimates()).isEmpty();
        assertThat(sheet.builder().problems()).singleElement().extracting(Problem::message).asString()
            .startsWith("the source \"the Kremlin\" is not a name of this sheet");
    }

    @Test
    void duplicate_names_and_an_alias_claimed_by_two_names_are_named() {
        SheetFixture sheet = new SheetFixture().names("South Korea | Seoul", "South Korea | NIS", "Japan | Seoul");
        var facts = sheet.builder().build("s", 1).facts();
        assertThat(facts.names()).extracting(Name::name).containsExactly("South Korea", "Japan");
        assertThat(facts.name("Japan").orElseThrow().aliases()).isEmpty();
        assertThat(sheet.builder().problems()).extracting(Problem::message).anyMatch(m -> m.contains("is listed twice"))
            .anyMatch(m -> m.contains("\"Seoul\" is written as both \"South Korea\" and \"Japan\""));
    }

    @Test
    void a_table_with_a_missing_or_extra_column_is_named() {
        SheetFixture sheet = new SheetFixture();
        sheet.builder().estimates("x", sheet.table("source | count", "A | 3"));
        sheet.builder().names(sheet.table("name | also written as | colour", "A | B | red"));
        assertThat(sheet.builder().problems()).extracting(Problem::message)
            .anyMatch(m -> m.startsWith("the table has no column \"as of\""))
            .anyMatch(m -> m.startsWith("the table has an unknown column \"colour\""));
    }

    @Test
    void a_folder_of_articles_that_does_not_exist_is_named() {
        FactsBuilder builder = new FactsBuilder("features/x.feature", java.nio.file.Path.of("."));
        builder.articlesIn("no-such-folder", 4);
        assertThat(builder.problems()).singleElement().extracting(Problem::line).isEqualTo(4);
    }

    @Test
    void about_uses_the_scenarios_tolerance() {
        SheetFixture sheet = new SheetFixture().names("South Korea | Seoul");
        sheet.estimates("North Korean troops", "South Korea | 2024-10-23 | about 3,000");
        sheet.builder().tolerance(5, 9);
        var e = sheet.builder().build("s", 1).facts().estimates().get(0);
        assertThat(e.count().low()).isEqualTo(2850L);
        assertThat(e.count().high()).isEqualTo(3150L);
    }
}
