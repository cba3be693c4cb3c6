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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer's marks inside a quote are not alteration: words in square brackets (added, or put for
 * the speaker's) and an ellipsis are cuts; a quote run into the writer's sentence after a verb of
 * saying of the lexicon ("stressed on Monday that “…”") is the subject's. A word changed outside
 * the brackets is still an alteration.
 */
class QuoteCutAndBracketTest {

    private static final String SAID = "The ferry to Lisk will run again before the harbour festival";

    private final Facts facts = new SheetFixture()
        .people("Dana Whitlock | harbour master | Whitlock")
        .quotes("Dana Whitlock | 2025-07-28 | " + SAID)
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        Document document = SheetFixture.document(text, "2025-07-29");
        claims = new QuoteReader().read(document, facts);
        return new QuoteCheck().judge(document, claims, facts);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u201cThe ferry to Lisk [from Osk] will run again before the harbour festival,\u201d Whitlock said.",
        "\u201c[The service] to Lisk will run again before the harbour festival,\u201d Whitlock said.",
        "\u201cThe ferry to Lisk will run again before the [annual] harbour festival,\u201d Whitlock said.",
        "Whitlock said \u201c[t]he ferry to Lisk will run again before the harbour festival.\u201d",
        "\u201cThe ferry to Lisk will run again before the harbour festival [sic],\u201d Whitlock said.",
        "\u201cThe ferry to Lisk will run again \u2026 before the harbour festival,\u201d Whitlock said.",
        "\u201cThe ferry to Lisk ... will run again before the harbour festival,\u201d Whitlock said.",
        "\u201cThe ferry to Lisk will run again,\u201d Whitlock said, \u201cbefore the harbour festival.\u201d",
        "Dana Whitlock stressed on Monday that \u201cthe ferry to Lisk will run again before the harbour festival.\u201d",
        "Dana Whitlock reiterated that \u201cthe ferry to Lisk will run again before the harbour festival.\u201d"})
    void should_read_the_speakers_words_through_the_writers_marks(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement()
            .satisfies(c -> assertThat(((QuoteClaim) c).speaker()).isEqualTo("Dana Whitlock"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u201cThe ferry to Lisk [from Osk] will run again after the harbour festival,\u201d Whitlock said.",
        "\u201c[The service] to Lisk will not run again before the harbour festival,\u201d Whitlock said.",
        "\u201cThe ferry to Lisk will run again \u2026 before the harbour regatta,\u201d Whitlock said.",
        "\u201c[T]he ferry to Lisk will run again before the harbour regatta,\u201d Whitlock said."})
    void should_report_a_word_changed_outside_the_brackets(String text) {
        assertThat(judge(text)).as(text).extracting(Finding::reason).containsExactly(Reason.ALTERED_QUOTE);
    }
}
