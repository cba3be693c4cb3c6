package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quotation whose speaker no article names still renders a quote, from invented articles about a
 * ferry rescue: changing a word inside it is a disagreement, while it neither names a speaker nor
 * makes a quote of its own.
 */
class UnattributedRenderingTest {

    private static final String SAID = "Captain Ole Brandt told reporters: \"We will search every cabin until the last"
        + " passenger is found.\"";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"A banner at the harbour reads \"we shall search every cabin until the last passenger is found\".",
        "The promise that \"we will search each cabin until the last passenger is found\" is painted on the quay."})
    void a_rendering_no_article_attributes_that_changes_a_word_is_a_disagreement(String unattributed) throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of("2033-05-10", SAID, "2033-05-11", unattributed));
        assertThat(draft.disagreements()).filteredOn(d -> d.kind().equals("quote")).singleElement()
            .satisfies(d -> assertThat(d.fact() + " " + d.sides().stream().map(Disagreement.Side::says).toList())
                .containsAnyOf("shall", "each cabin").contains("rendered"));
    }

    @Test
    void a_rendering_no_article_attributes_that_keeps_the_words_agrees() throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of("2033-05-10", SAID, "2033-05-11",
            "A banner at the harbour reads \"we will search every cabin until the last passenger is found\"."));
        assertThat(draft.disagreements()).noneMatch(d -> d.kind().equals("quote"));
        assertThat(draft.quotes()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ole Brandt"));
    }

    @Test
    void quotations_no_article_attributes_make_no_quote() throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of("2033-05-11",
            "A banner at the harbour reads \"we will search every cabin until the last passenger is found\"."));
        assertThat(draft.quotes()).isEmpty();
    }
}
