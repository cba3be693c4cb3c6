package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordStringsTest {

    @Test
    void should_give_every_word_as_its_characters_whatever_else_was_read_before() {
        String text = "The ferry line said 312 riders waited; the harbour board said the line had cancelled nine sailings.";
        for (int round = 0; round < 2; round++) {
            for (int start = 0; start < text.length(); start++) {
                for (int end = start + 1; end <= Math.min(text.length(), start + 30); end++) {
                    assertThat(WordStrings.of(text, start, end)).isEqualTo(text.substring(start, end));
                }
            }
        }
    }

    @Test
    void should_share_one_string_for_a_word_repeated_across_texts_and_topics() {
        String orchard = "The growers' cooperative said 40 orchards were lost.";
        String museum = "Visitors said the museum had said nothing.";
        String first = WordStrings.of(orchard, orchard.indexOf("said"), orchard.indexOf("said") + 4);
        int again = museum.lastIndexOf("said");
        assertThat(WordStrings.of(museum, again, again + 4)).isSameAs(first).isEqualTo("said");
    }

    @Test
    void should_copy_a_long_word_rather_than_keep_it() {
        String text = "the counterrevolutionaryisationisms of the committee";
        String word = WordStrings.of(text, 4, 35);
        assertThat(word).isEqualTo(text.substring(4, 35));
        assertThat(WordStrings.of(text, 4, 35)).isNotSameAs(word).isEqualTo(word);
    }
}
