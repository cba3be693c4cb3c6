package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.NameTokens;
import io.factaudit.sheet.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is read from an article's text alone is read once and is the same whoever asks. */
class SharedReadingTest {

    private static final String TEXT = "Harbour crews moved 1,200 boats on Tuesday.\nThe mayor said 300 more would follow.";

    @Test
    void words_of_a_span_are_read_once_and_equal_a_fresh_reading() {
        Document document = new Document(new Article("news/a.txt", TEXT, null, LineMap.of(TEXT)));
        for (Span sentence : document.sentences()) {
            List<Words.Word> shared = Words.of(document, sentence);
            assertThat(shared).isEqualTo(Words.of(TEXT, sentence));
            assertThat(Words.of(document, sentence)).isSameAs(shared);
        }
    }

    @Test
    void a_subject_is_profiled_once_per_name() {
        Name boats = new Name("boats moved", List.of("vessels moved"), null);
        SubjectProfile first = SubjectProfile.of(boats);
        assertThat(SubjectProfile.of(new Name("boats moved", List.of("vessels moved"), null))).isSameAs(first);
        assertThat(SubjectProfile.of(new Name("boats moved", List.of(), null))).isNotSameAs(first);
    }

    @Test
    void name_tokens_of_a_paragraph_are_read_once_and_equal_a_fresh_reading() {
        Document document = new Document(new Article("news/a.txt", TEXT, null, LineMap.of(TEXT)));
        for (Span paragraph : document.paragraphs()) {
            NameTokens shared = NameTokens.of(document, paragraph);
            assertThat(shared.tokens()).isEqualTo(NameTokens.of(TEXT, paragraph).tokens());
            assertThat(NameTokens.of(document, paragraph)).isSameAs(shared);
        }
    }
}
