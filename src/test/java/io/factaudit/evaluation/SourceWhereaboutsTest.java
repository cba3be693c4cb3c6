package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.sheet.Name;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an article names a count's gold source, told without words; articles invented for this test. */
class SourceWhereaboutsTest {

    private static String where(String text, String number, String source) {
        Document document = new Document(new Article("a.txt", text, LocalDate.of(2031, 5, 3), LineMap.of(text)));
        List<Name> names = List.of(new Name("Harbour Agency", List.of("the agency"), null), new Name("Dock Union", List.of(), null));
        int at = text.indexOf(number);
        return new SourceWhereabouts(document, names).apply(new Span(at, at + number.length()), source);
    }

    @Test
    void tells_where_the_source_is_named_and_whether_the_sentence_cites_anyone() {
        assertThat(where("Quay news\n\nThe agency said 900 crates were lost.", "900", "Harbour Agency"))
            .isEqualTo("named in its sentence, cited");
        assertThat(where("Quay news\n\nThe Harbour Agency met on Monday. Some 900 crates were lost.", "900", "Harbour Agency"))
            .isEqualTo("named earlier in its paragraph, uncited");
        assertThat(where("Quay news\n\nThe agency met on Monday.\n\nSome 900 crates were lost, officials said.", "900", "Harbour Agency"))
            .isEqualTo("named in an earlier paragraph, cited");
        assertThat(where("Quay news\n\nSome 900 crates were lost.\n\nThe Dock Union met.", "900", "Dock Union"))
            .isEqualTo("named only after it, uncited");
        assertThat(where("Quay news\n\nSome 900 crates were lost.", "900", "Dock Union")).isEqualTo("not named, uncited");
    }
}
