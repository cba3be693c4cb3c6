package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.QuoteReader;
import io.factaudit.claim.QuoteWithin;
import io.factaudit.claim.SheetFixture;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A speaker who quotes someone else ("She told us, '…'") does not speak the words inside: a known
 * quote there is no misattributed quote; the same words as the speaker's own still are. Two invented
 * topics: a closed swimming pool and an orchard frost.
 */
class QuoteWithinTest {

    private static final String POOL = "The pool stays shut until the new pumps arrive in May";
    private static final String FROST = "We lost half of the early blossom in a single night";

    private final Facts facts = new SheetFixture()
        .quotes("Rhea Kallis | 2025-03-02 | " + POOL, "Dov Arden | 2025-03-03 | " + FROST)
        .facts();

    private List<Finding> judge(String text) {
        Document document = SheetFixture.document(text, "2025-03-05");
        List<Claim> claims = new QuoteReader().read(document, facts);
        return new QuoteCheck().judge(document, claims, facts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tomas Vey said the manager had been clear. \u201cShe told us, '" + POOL + ",'\u201d Vey said.",
        "\u201cKallis wrote to every member: '" + POOL + ".' Nobody was surprised,\u201d said Tomas Vey.",
        "Tomas Vey said the grower was blunt. \u201cHe told me, \u2018" + FROST + ",\u2019 and then he hung up,\u201d Vey said.",
        "\u201cArden put it simply: '" + FROST + ".'\u201d said Tomas Vey."})
    void should_not_give_the_words_quoted_inside_to_the_one_quoting(String text) {
        assertThat(judge(text)).as(text).noneMatch(f -> f.reason() == Reason.MISATTRIBUTED_QUOTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u201c" + POOL + ",\u201d said Tomas Vey.", "\u201c" + FROST + ",\u201d Tomas Vey said.",
        "\u201cWe don't know. " + FROST + ",\u201d Tomas Vey said."})
    void should_still_find_the_words_as_the_speakers_own(String text) {
        assertThat(judge(text)).as(text).anyMatch(f -> f.reason() == Reason.MISATTRIBUTED_QUOTE);
    }

    @Test
    void should_open_no_quotation_at_an_apostrophe_inside_or_after_a_word() {
        assertThat(QuoteWithin.of("We don't know what the growers' council will say")).isEmpty();
        assertThat(QuoteWithin.of("She told us, 'the pool stays shut,' and left")).containsExactly("the pool stays shut,");
    }
}
