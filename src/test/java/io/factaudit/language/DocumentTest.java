package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final String TEXT = """
        North Korean troops reach Kursk, officials say

        About 10,000 North Korean troops are in Russia, the Pentagon said. Gen. Smith disagreed.
        Kyiv put the number at 11,000. "They are fighting," he said. Are they?
          Indented paragraph after a line with trailing spaces.\s\s
        Last line without a period""";

    private final Document document = new Document(new Article("a.txt", TEXT, null, LineMap.of(TEXT)));

    @Test
    void should_find_the_sentence_holding_every_offset_and_none_between_sentences() {
        List<Span> sentences = document.sentences();
        assertThat(sentences).hasSizeGreaterThan(5);
        for (int offset = -1; offset <= TEXT.length() + 1; offset++) {
            int expected = -1;
            for (int i = 0; i < sentences.size(); i++) {
                Span s = sentences.get(i);
                if (s.start() <= offset && offset < Math.max(s.end(), s.start() + 1)) {
                    expected = i;
                    break;
                }
            }
            assertThat(document.sentenceIndex(offset)).as("offset %d", offset).isEqualTo(expected);
        }
    }

    @Test
    void should_give_the_last_paragraph_and_sentence_starting_at_or_before_an_offset() {
        for (int offset = -1; offset <= TEXT.length() + 1; offset++) {
            assertThat(document.paragraphOf(offset)).as("offset %d", offset).isEqualTo(lastStartingBefore(document.paragraphs(), offset));
            assertThat(document.sentenceOf(offset)).as("offset %d", offset).isEqualTo(lastStartingBefore(document.sentences(), offset));
        }
    }

    @Test
    void should_keep_an_abbreviation_inside_its_sentence() {
        int gen = TEXT.indexOf("Gen.");
        assertThat(document.textOf(document.sentenceOf(gen))).isEqualTo("Gen. Smith disagreed.");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "The ferry, which sails from 6 a.m. to 9 p.m., stopped on Monday.",
        "The market, open until 4 p.m.; closed on Sundays, drew crowds.",
        "Crews, who start at 7 a.m., finished the pier on Friday."})
    void should_go_on_after_an_abbreviation_and_a_comma(String sentence) {
        String text = sentence + " Nobody came.";
        Document d = new Document(new Article("b.txt", text, null, LineMap.of(text)));
        assertThat(d.sentences()).hasSize(2);
        assertThat(d.textOf(d.sentences().get(0))).isEqualTo(sentence);
    }

    private static Span lastStartingBefore(List<Span> spans, int offset) {
        Span best = new Span(0, 0);
        for (Span s : spans) {
            if (s.start() <= offset) {
                best = s;
            }
        }
        return best;
    }
}
