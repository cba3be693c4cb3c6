package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.QuoteReader;
import io.factaudit.claim.SheetFixture;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteCheckTest {

    private static final String FORMATIONS = "Based upon what they've been trained on, the way they've been integrated into"
        + " the Russian formations, I fully expect to see them engaged in combat soon";

    private final Facts facts = new SheetFixture()
        .quotes("Lloyd Austin | 2024-11-23 | " + FORMATIONS,
            "Recep Tayyip Erdoğan | 2023-02-08 | It's not possible to be ready for a disaster like this")
        .facts();

    private List<Finding> judge(String text) {
        Document document = SheetFixture.document(text, "2024-11-25");
        List<Claim> claims = new QuoteReader().read(document, facts);
        return new QuoteCheck().judge(document, claims, facts);
    }

    @Test
    void should_pass_a_quote_given_word_for_word_whole_or_in_part() {
        assertThat(judge("Austin said: \u201c" + FORMATIONS.toUpperCase() + "!\u201d")).isEmpty();
        assertThat(judge("\u201cI fully expect to see them engaged in combat soon,\u201d Austin said.")).isEmpty();
        assertThat(judge("\u201cIt is not possible to be ready for a disaster like this,\u201d Erdoğan said.")).isEmpty();
    }

    @Test
    void should_report_words_left_out_with_the_exact_words_and_where_they_are() {
        List<Finding> findings = judge("Defense Secretary Lloyd Austin noted during his visit to Fiji, \u201cBased upon what"
            + " they've been trained on, the way they've been integrated, I fully expect to see them engaged in combat soon.\u201d");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.ALTERED_QUOTE);
            assertThat(f.text()).startsWith("Based upon").endsWith("combat soon");
            assertThat(f.message()).isEqualTo("differs from what Lloyd Austin said on 2024-11-23: left out \"into the"
                + " Russian formations\". The exact words are \"" + FORMATIONS + "\" (features/test.feature:2); quote them"
                + " word for word, or close the quote marks where words are left out");
        });
    }

    @Test
    void should_report_changed_words_as_written_for_the_words_said() {
        List<Finding> findings = judge("\u201cIt is not possible to be prepared for a disaster like this,\u201d he said,"
            + " President Erdoğan having arrived.");
        assertThat(findings).extracting(Finding::message).singleElement().asString()
            .startsWith("differs from what Recep Tayyip Erdoğan said on 2023-02-08: changed \"prepared\" for \"ready\".");
    }

    @Test
    void should_report_words_of_one_person_given_to_another() {
        List<Finding> findings = judge("Antony Blinken was asked about it. \u201cI fully expect to see them engaged in"
            + " combat soon,\u201d he said.");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.MISATTRIBUTED_QUOTE);
            assertThat(f.message()).isEqualTo("attributes to Antony Blinken words that Lloyd Austin said on 2024-11-23: \""
                + FORMATIONS + "\" (features/test.feature:2); name Lloyd Austin as the speaker");
        });
    }

    @Test
    void should_not_report_a_quote_with_no_speaker_named_as_misattributed() {
        assertThat(judge("Officials recalled the words: \u201cI fully expect to see them engaged in combat soon.\u201d")).isEmpty();
    }
}
