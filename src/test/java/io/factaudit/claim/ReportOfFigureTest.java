package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source that is a document holding the figure ("files closure notice for 1,150 ...", "the harbour
 * bulletin of 300 ..."): the figure is the document's, not the filer's, under another topic noun, verb
 * and hedge. Sentences written for this test.
 */
class ReportOfFigureTest {

    private record Topic(String subject, String spellings, String noun) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("kiosks shut", "kiosks shut, kiosks closed, kiosks", "kiosks"),
        new Topic("ferries idle", "ferries idle, idle ferries, ferries", "ferries"));

    private static final List<String> FORMS = List.of(
        "Harlen files closure notice for 1,150 {N}",
        "Harlen posted its closure notice for 1,150 {N} on Friday.",
        "Harlen has filed a closure notice with 1,150 {N}, the board said.",
        "The harbour bulletin of 1,150 {N} was posted on Friday.");

    private static Facts sheet(Topic topic) {
        return new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Harlen Transit | Harlen",
            "closure notice | harbour bulletin").estimates(topic.subject(), "Harlen Transit | 2031-01-05 | 1,800",
            "closure notice | 2031-01-05 | 1,150").facts();
    }

    private static List<String> sources(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.source()).toList();
    }

    @Test
    void the_figure_a_document_holds_is_the_documents() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String form : FORMS) {
                String text = form.replace("{N}", topic.noun());
                if (!sources(facts, text).equals(List.of("1150 closure notice"))) {
                    failures.add(text + " -> " + sources(facts, text));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_name_that_is_no_document_holds_nothing() {
        assertThat(ReportOfFigure.holds(Words.of(SheetFixture.document("Harlen for 1,150 kiosks.", "2031-01-06"),
            new io.factaudit.article.Span(0, 24)), 0, 1)).isFalse();
    }
}
