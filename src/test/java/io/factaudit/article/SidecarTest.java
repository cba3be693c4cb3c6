package io.factaudit.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sidecars broken in every way are named, never fatal; the article is read regardless. */
class SidecarTest {

    private static final String FALLBACK = "the date is taken from the article itself, if it gives one";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void should_find_the_sidecar_beside_an_article() throws IOException {
        Files.writeString(dir.resolve("a.json"), "{}");

        assertThat(Sidecar.of(dir.resolve("a.txt"))).contains(dir.resolve("a.json"));
        assertThat(Sidecar.of(dir.resolve("b.md"))).isEmpty();
    }

    @Test
    void should_read_the_published_date_and_the_other_known_fields_silently() throws IOException {
        assertThat(published("{\"published\": \"2024-10-23\", \"outlet\": \"Wire\", \"title\": \"T\", \"url\": null}"))
            .contains(LocalDate.of(2024, 10, 23));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_read_a_date_with_a_time_as_the_date_written() throws IOException {
        assertThat(published("{\"published\": \"2024-10-23T23:30:00-05:00\"}")).contains(LocalDate.of(2024, 10, 23));
    }

    @Test
    void should_read_a_sidecar_with_a_byte_order_mark() throws IOException {
        Path file = dir.resolve("a.json");
        Files.write(file, ArticleReaderTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "{\"published\": \"2024-10-23\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(Sidecar.published(file, "a.json", problems)).contains(LocalDate.of(2024, 10, 23));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_name_malformed_json_with_its_line_and_column() throws IOException {
        assertThat(published("{\n  \"published\": \"2024-10-23\",\n}")).isEmpty();
        assertThat(messages()).containsExactly("a.json:3: problem: the sidecar is not valid JSON (unexpected character"
            + " ('}' (code 125)): was expecting double-quote to start field name, at column 1): fix it, for example"
            + " {\"published\": \"2024-10-23\"}; until then " + FALLBACK);
    }

    @Test
    void should_name_a_sidecar_cut_short() throws IOException {
        assertThat(published("{\"published\": \"2024-10-23\"")).isEmpty();
        assertThat(messages()).containsExactly("a.json:1: problem: the sidecar is not valid JSON (unexpected"
            + " end-of-input: expected close marker for Object, at column 27): fix it, for example"
            + " {\"published\": \"2024-10-23\"}; until then " + FALLBACK);
    }

    @Test
    void should_name_a_field_written_twice() throws IOException {
        assertThat(published("{\"published\": \"2024-10-23\",\n\"published\": \"2024-10-24\"}")).isEmpty();
        assertThat(messages()).singleElement().asString()
            .startsWith("a.json:2: problem: the sidecar is not valid JSON (duplicate field 'published'");
    }

    @Test
    void should_name_a_published_date_of_the_wrong_type() throws IOException {
        assertThat(published("{\"published\": 20241023}")).isEmpty();
        assertThat(messages()).containsExactly("a.json:1: problem: \"published\" must be a date in quotes, like"
            + " \"2024-10-23\", but it is the number 20241023; " + FALLBACK);
    }

    @Test
    void should_name_other_fields_of_the_wrong_type_and_still_read_the_date() throws IOException {
        assertThat(published("{\n\"title\": [\"a\", \"b\"],\n\"published\": \"2024-10-23\"\n}"))
            .contains(LocalDate.of(2024, 10, 23));
        assertThat(messages()).containsExactly("a.json:2: problem: \"title\" should be text in quotes, but it is a list;"
            + " it is ignored");
    }

    @Test
    void should_name_an_impossible_date() throws IOException {
        assertThat(published("{\"published\": \"2024-13-45\"}")).isEmpty();
        assertThat(messages()).containsExactly("a.json:1: problem: \"published\" is \"2024-13-45\", which is not a date"
            + " (there is no month 13): write it as YYYY-MM-DD, like 2024-10-23; " + FALLBACK);
    }

    @Test
    void should_name_a_day_the_month_does_not_have() throws IOException {
        assertThat(published("{\"published\": \"2023-02-29\"}")).isEmpty();
        assertThat(messages()).singleElement().asString().contains("(there is no day 29 in February 2023)");
    }

    @Test
    void should_name_an_empty_date() throws IOException {
        assertThat(published("{\"published\": \"\"}")).isEmpty();
        assertThat(messages()).singleElement().asString().contains("\"published\" is \"\", which is not a date (it is empty)");
    }

    @Test
    void should_note_unknown_fields_once_per_field_per_sidecar_and_read_the_date() throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "{\n\"author\": \"Kim\",\n\"published\": \"2024-10-23\",\n\"tags\": []\n}");

        assertThat(Sidecar.published(file, "a.json", problems)).contains(LocalDate.of(2024, 10, 23));
        assertThat(Sidecar.published(file, "a.json", problems)).contains(LocalDate.of(2024, 10, 23));
        assertThat(messages()).containsExactly("a.json:2: problem: the sidecar fields \"author\", \"tags\" are not ones the"
            + " audit reads (published, outlet, title, url); they are ignored");
    }

    @Test
    void should_treat_type_information_as_plain_data() throws IOException {
        assertThat(published("{\"@class\": \"java.net.URL\", \"published\": [\"java.util.Date\", 1729641600000]}"))
            .isEmpty();
        assertThat(messages()).containsExactly(
            "a.json:1: problem: \"published\" must be a date in quotes, like \"2024-10-23\", but it is a list; " + FALLBACK,
            "a.json:1: problem: the sidecar field \"@class\" is not one the audit reads (published, outlet, title, url);"
                + " it is ignored");
    }

    @Test
    void should_name_a_sidecar_that_is_not_an_object() throws IOException {
        assertThat(published("[\"2024-10-23\"]")).isEmpty();
        assertThat(messages()).containsExactly("a.json:1: problem: the sidecar is a list, not a JSON object: write"
            + " {\"published\": \"2024-10-23\"}; " + FALLBACK);
    }

    @Test
    void should_name_an_empty_sidecar() throws IOException {
        assertThat(published("  \n")).isEmpty();
        assertThat(messages()).containsExactly("a.json: problem: the sidecar is empty: write {\"published\":"
            + " \"2024-10-23\"} in it, or remove it; " + FALLBACK);
    }

    @Test
    void should_name_content_after_the_object() throws IOException {
        assertThat(published("{\"published\": \"2024-10-23\"}\n{\"published\": \"2024-10-24\"}"))
            .contains(LocalDate.of(2024, 10, 23));
        assertThat(messages()).containsExactly("a.json:2: problem: the sidecar holds more after its closing brace; only"
            + " the first object was read: remove the rest");
    }

    @Test
    void should_refuse_an_enormous_sidecar_without_reading_it() throws IOException {
        Path file = dir.resolve("a.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"published\": \"2024-10-23\", \"body\": \"".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[5 * 1024 * 1024]);
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(Sidecar.published(file, "a.json", problems)).isEmpty();
        assertThat(messages()).containsExactly("a.json: problem: the sidecar is 5.0 MB, larger than the 1 MB a sidecar"
            + " may be, and was not read: a sidecar holds only published, outlet, title, url; " + FALLBACK);
    }

    private Optional<LocalDate> published(String json) throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(file, json);
        return Sidecar.published(file, "a.json", problems);
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }
}
