package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleClaim;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name as the object of a verb that puts someone in an office says the office in its complement,
 * in a headline or a sentence, with each verb, owner and "as": "Brontec names Ilse Marrow its new
 * treasurer". Where the name is the subject of such a verb, the office is someone else's.
 */
class TitleAppointedTest {

    private final Facts facts = new SheetFixture()
        .names("Brontec | Brontec Mills")
        .people("Ilse Marrow | treasurer | Marrow", "Tomas Verrin | chief executive | Verrin")
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-06-02");
        claims = judged.claims();
        return judged.findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Brontec names Ilse Marrow its new %s", "Brontec Names Ilse Marrow %s",
        "Brontec appointed Ilse Marrow as %s in 2019.", "The board elected Ilse Marrow %s on Monday.",
        "Brontec has named Ilse Marrow as its %s, the company said.", "Brontec appoints Ilse Marrow the company's %s",
        "Ilse Marrow, Brontec's new %s, said the mill would stay open."})
    void should_read_the_office_a_name_is_put_in(String form) {
        String text = form.formatted("treasurer");
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
        String wrong = form.formatted("chief executive");
        assertThat(judge(wrong)).as(wrong).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ilse Marrow named Tomas Verrin chief executive on Monday.",
        "Brontec named Ilse Marrow, whose term ends in May, to the board."})
    void should_give_the_office_to_the_object_only(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).allSatisfy(c -> assertThat(((TitleClaim) c).person()).isEqualTo("Tomas Verrin"));
    }
}
