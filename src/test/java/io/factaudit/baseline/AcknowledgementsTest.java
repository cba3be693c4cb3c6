package io.factaudit.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.article.TextPosition;
import io.factaudit.check.Finding;
import io.factaudit.check.Reason;
import io.factaudit.check.Status;
import io.factaudit.input.Problems;
import io.factaudit.sheet.FactLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcknowledgementsTest {

    private static Finding finding(String path, String text, int line) {
        return new Finding(path, new Span(0, text.length()), new TextPosition(line, 1), text, "quote", Reason.ALTERED_QUOTE,
            Status.NEW, new FactLocation("features/x.feature", 3), "leaves out words");
    }

    @Test
    void matches_by_article_and_words_not_by_line() {
        var acks = Acknowledgements.none().with(List.of(finding("seeds/a.txt", "I fully expect", 2)), "correction pending",
            "desk", "2026-11-22");
        assertThat(acks.apply(finding("seeds/a.txt", "I fully expect", 40)).status()).isEqualTo(Status.ACKNOWLEDGED);
        assertThat(acks.apply(finding("seeds/b.txt", "I fully expect", 2)).status()).isEqualTo(Status.NEW);
    }

    @Test
    void an_entry_that_matches_no_finding_is_stale_and_can_be_dropped() {
        var acks = Acknowledgements.none().with(List.of(finding("seeds/a.txt", "gone", 1)), "why", "desk", "2026-11-22");
        assertThat(acks.stale(List.of(finding("seeds/a.txt", "other", 1)))).hasSize(1);
        assertThat(acks.withoutStale(List.of()).entries()).isEmpty();
    }

    @Test
    void saves_sorted_and_reads_back_the_same(@TempDir Path dir) throws Exception {
        var acks = Acknowledgements.none().with(List.of(finding("seeds/b.txt", "z", 1), finding("seeds/a.txt", "y", 1)),
            "why", "desk", "2026-11-22");
        Path file = dir.resolve("acknowledgements.json");
        acks.save(file);
        var problems = new Problems();
        var read = Acknowledgements.load(file, "features/acknowledgements.json", problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(read.entries()).isEqualTo(acks.entries());
        assertThat(read.entries().get(0).article()).isEqualTo("seeds/a.txt");
    }

    @Test
    void a_malformed_file_or_a_duplicate_entry_is_a_problem(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"acknowledged\": [");
        var problems = new Problems();
        assertThat(Acknowledgements.load(broken, "features/acknowledgements.json", problems).entries()).isEmpty();
        assertThat(problems.all()).singleElement().extracting(p -> p.message()).asString().startsWith("the acknowledgements file is not valid JSON");

        Path twice = dir.resolve("twice.json");
        String entry = "{\"article\": \"a.txt\", \"text\": \"x\", \"reason\": \"altered quote\"}";
        Files.writeString(twice, "{\"acknowledged\": [" + entry + "," + entry + "]}");
        var more = new Problems();
        assertThat(Acknowledgements.load(twice, "features/acknowledgements.json", more).entries()).hasSize(1);
        assertThat(more.all()).singleElement().extracting(p -> p.message()).asString().contains("repeats an earlier one");
    }
}
