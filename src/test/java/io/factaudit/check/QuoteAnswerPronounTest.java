package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.QuoteReader;
import io.factaudit.claim.SheetFixture;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pronoun that answers ("he replied", "she responded") after the passage's speaker asked someone
 * ("Vey asked Arden about …") is the one asked; with a verb that does not answer ("he said") it stays
 * the speaker of the passage. Two invented topics: a library roof and an orchard frost.
 */
class QuoteAnswerPronounTest {

    private static final String ROOF = "The roof will hold until the autumn storms have passed";
    private static final String FROST = "We lost half of the early blossom in a single night";

    private final Facts facts = new SheetFixture()
        .quotes("Ilka Moraine | 2025-03-02 | " + ROOF, "Dov Arden | 2025-03-03 | " + FROST)
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        Document document = SheetFixture.document(text, "2025-03-05");
        claims = new QuoteReader().read(document, facts);
        return new QuoteCheck().judge(document, claims, facts);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tomas Vey asked Dov Arden about the frost. \u201c" + FROST + ",\u201d he replied. | replied",
        "Tomas Vey asked Dov Arden on Monday how the orchard fared. \u201c" + FROST + ",\u201d he answered. | answered",
        "Tomas Vey asked Ilka Moraine about the repairs. \u201c" + ROOF + ",\u201d she responded. | responded",
        "Tomas Vey asked Ilka Moraine whether the library would close. \u201c" + ROOF + ",\u201d she replied. | replied"})
    void should_give_the_answer_to_the_one_asked(String text, String verb) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().satisfies(c -> assertThat(((QuoteClaim) c).speaker()).isNotEqualTo("Tomas Vey"));
        // the same passage with a verb that does not answer: the pronoun is the asker's, whose words these are not
        String said = text.replace(verb, "said");
        assertThat(judge(said)).as(said).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.MISATTRIBUTED_QUOTE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dov Arden asked Tomas Vey about the frost. \u201c" + FROST + ",\u201d he replied.",
        "Ilka Moraine asked Tomas Vey about the repairs. \u201c" + ROOF + ",\u201d he responded."})
    void should_not_give_the_answer_to_the_one_who_asked(String text) {
        assertThat(judge(text)).as(text).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.MISATTRIBUTED_QUOTE));
    }
}
