package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.language.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim readers' words come from the document's one tokenization, in the forms the readers expect. */
class ClaimWordsTest {

    private static List<String> written(String text) {
        Document document = new Document(new Article("a.txt", text, null, LineMap.of(text)));
        return Words.of(document, new Span(0, text.length())).stream().map(Words.Word::written).toList();
    }

    @Test
    void should_keep_initialisms_numbers_and_clitics_whole_and_split_other_marks() {
        // two invented topics: a beekeepers' census and a ferry timetable
        assertThat(written("The U.N.-backed census counted 1,250.5 hives, Alma's team didn't say."))
            .containsExactly("The", "U.N.", "-", "backed", "census", "counted", "1,250.5", "hives", ",", "Alma's", "team",
                "didn't", "say", ".");
        assertThat(written("Ferries ran 3.7 km; 12,4000 seats and 1,000,0000 berths (rock\u2019n\u2019roll deck)."))
            .containsExactly("Ferries", "ran", "3.7", "km", ";", "12", ",", "4000", "seats", "and", "1,000", ",", "0000",
                "berths", "(", "rock\u2019n\u2019roll", "deck", ")", ".");
    }

    @Test
    void should_read_a_span_the_same_from_the_document_and_from_its_text() {
        String text = "About 2,400 beehives, the U.S. registry said. A no-break\u00a0space stays a mark; 5,000.5a too.";
        Document document = new Document(new Article("a.txt", text, null, LineMap.of(text)));
        for (int start = 0; start < text.length(); start += 7) {
            Span span = new Span(start, Math.min(text.length(), start + 23));
            assertThat(Words.of(document, span)).as("%s", span).isEqualTo(Words.of(text, span));
        }
        assertThat(written(text)).contains("U.S.", "2,400", "\u00a0", "5,000", ".", "5a");
    }

    @Test
    void should_lower_case_character_by_character_with_straight_apostrophes() {
        String text = "Kim\u2019s FERRY";
        Document document = new Document(new Article("a.txt", text, null, LineMap.of(text)));
        assertThat(Words.of(document, new Span(0, text.length())).stream().map(Words.Word::lower))
            .containsExactly("kim's", "ferry");
    }
}
