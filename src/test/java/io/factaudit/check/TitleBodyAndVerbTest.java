package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleClaim;
import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body the sheet spells with "the" ("the utility") drops its article before a title ("utility
 * spokeswoman"), and is still that body, set apart from the title; a verb of office followed by a
 * preposition ("who speaks for", "who works at") names no office over an object, so no title is read.
 * Two invented topics: a waterworks and an orchard cooperative.
 */
class TitleBodyAndVerbTest {

    private final Facts facts = new SheetFixture()
        .names("Brell Waterworks | the utility, Rhea Kallis", "Tarn Orchard Cooperative | the cooperative, Dov Arden")
        .people("Rhea Kallis | spokeswoman | Kallis", "Dov Arden | treasurer | Arden").facts();

    @ParameterizedTest
    @ValueSource(strings = {"Utility spokeswoman Rhea Kallis said the pumps would run again on Monday.",
        "Rhea Kallis, the utility spokeswoman, said the pumps would run again on Monday.",
        "Cooperative treasurer Dov Arden said the late pears were spared.",
        "The late pears were spared, said Dov Arden, the cooperative treasurer."})
    void should_read_the_body_without_its_article_as_the_body(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-09-01");
        assertThat(judged.claims()).as(text).singleElement().isInstanceOf(TitleClaim.class);
        assertThat(judged.findings()).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Utility treasurer Rhea Kallis said the pumps would run again on Monday.",
        "Cooperative spokeswoman Dov Arden said the late pears were spared."})
    void should_still_find_another_title_beside_the_body(String text) {
        assertThat(TitleJudgement.of(facts, text, "2025-09-01").findings()).as(text).singleElement()
            .satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rhea Kallis, who speaks for the utility, said the pumps would run again on Monday.",
        "Dov Arden, who works at the cooperative, said the late pears were spared.",
        "Dov Arden, who speaks for the growers, said the late pears were spared."})
    void should_read_no_office_from_a_verb_followed_by_a_preposition(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-09-01");
        assertThat(judged.claims()).as(text).isEmpty();
        assertThat(judged.findings()).as(text).isEmpty();
    }
}
