package io.factaudit.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMapTest {

    @Test
    void should_count_lines_and_columns_of_a_text_that_is_the_file() {
        LineMap map = LineMap.of("ab\r\ncd\ref\ngh");

        assertThat(map.positionOf(0)).isEqualTo(new TextPosition(1, 1));
        assertThat(map.positionOf(4)).isEqualTo(new TextPosition(2, 1));
        assertThat(map.positionOf(8)).isEqualTo(new TextPosition(3, 2));
        assertThat(map.positionOf(10)).isEqualTo(new TextPosition(4, 1));
    }

    @Test
    void should_place_each_offset_of_a_derived_text_through_its_runs() {
        // content "x\u200bAB\nCD" read as "xAB\nCD": the zero-width space is gone, offsets after it shift by one
        TextBuilder builder = new TextBuilder(8);
        String content = "x\u200bAB\nCD";
        for (int i = 0; i < content.length(); i++) {
            builder.append(content.charAt(i), i);
        }
        ArticleText text = builder.build(content, null);

        assertThat(text.text()).isEqualTo("xAB\nCD");
        assertThat(text.lines().positionOf(1)).isEqualTo(new TextPosition(1, 3));
        assertThat(text.lines().positionOf(4)).isEqualTo(new TextPosition(2, 1));
        assertThat(text.lines().positionOf(6)).as("the end of the text").isEqualTo(new TextPosition(2, 3));
    }
}
