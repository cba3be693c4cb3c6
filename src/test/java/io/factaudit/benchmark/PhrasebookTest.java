package io.factaudit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhrasebookTest {

    private static final String BOOK = """
        [headlines]
        {who} speaks
        [sentences count 3]
        {who} counted {n} troops.
        [sentences plain 1]
        nothing happened.
        [slot who]
        the agency
        [slot n]
        about {digits}
        [slot digits]
        3,000
        """;

    @Test
    void should_fill_every_slot_including_slots_inside_values() {
        Phrasebook book = Phrasebook.parse(BOOK);

        String sentence = book.fill("{who} counted {n} troops.", new SplittableRandom(1));

        assertThat(sentence).isEqualTo("the agency counted about 3,000 troops.");
        assertThat(Phrasebook.capitalized(sentence)).startsWith("The agency");
        assertThat(book.headline(new SplittableRandom(1))).isEqualTo("The agency speaks");
    }

    @Test
    void should_pick_kinds_of_sentence_by_weight() {
        Phrasebook book = Phrasebook.parse(BOOK);
        SplittableRandom random = new SplittableRandom(42);

        long counts = java.util.stream.IntStream.range(0, 4_000)
            .filter(i -> book.template(random).contains("counted")).count();

        assertThat(counts).isBetween(2_800L, 3_200L);
    }

    @Test
    void should_name_a_slot_that_has_no_values() {
        assertThatThrownBy(() -> Phrasebook.parse(BOOK.replace("[slot n]\nabout {digits}\n", "")))
            .hasMessageContaining("{n}").hasMessageContaining("[slot n]");
    }

    @Test
    void should_read_the_shipped_phrasebook_with_every_kind_of_sentence() {
        Phrasebook book = Phrasebook.standard();

        assertThat(book.kinds()).extracting(Phrasebook.Kind::name)
            .contains("count", "state", "quote", "title", "event", "figures", "plain");
    }
}
