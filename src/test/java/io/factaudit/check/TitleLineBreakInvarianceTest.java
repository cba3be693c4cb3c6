package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleClaim;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title wrapped across two lines of a plain-text paragraph (each line is a paragraph of the
 * document) is read as on one line, at any word and with any owner; a headline over the line under
 * it, a list item and a table row stay apart.
 */
class TitleLineBreakInvarianceTest {

    private final Facts facts = new SheetFixture()
        .names("Brontec | Brontec Mills")
        .people("Ilse Marrow | treasurer | Marrow", "Tomas Verrin | harbour master | Verrin")
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-03-14");
        claims = judged.claims();
        return judged.findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ilse Marrow, Brontec's\n%s, said the mill would stay open.",
        "Ilse Marrow, the\n%s of Brontec, said the mill would stay open.",
        "Ilse Marrow, the %s\nof Brontec, said the mill would stay open.",
        "Ilse Marrow, a %s for\nBrontec, said the mill would stay open.",
        "The mill will stay open, Brontec\n%s Ilse Marrow said on Monday.",
        "The mill will stay open, said Ilse Marrow,\n%s of Brontec.",
        "Ilse Marrow, Brontec's\r\n%s, said the mill would stay open.",
        "Ilse Marrow, who became\n%s in 2019, said the mill would stay open."})
    void should_read_a_title_wrapped_at_any_word(String form) {
        String right = form.formatted("treasurer");
        assertThat(judge(right)).as(right).isEmpty();
        assertThat(claims).as(right).singleElement().isInstanceOf(TitleClaim.class);
        String wrong = form.formatted("harbour master");
        assertThat(judge(wrong)).as(wrong).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @Test
    void should_read_each_name_of_a_list_wrapped_between_them() {
        String text = "Ilse Marrow, the treasurer, and\nTomas Verrin, the harbour master, met on Monday.";
        assertThat(judge(text)).isEmpty();
        assertThat(claims).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mill to stay open, says harbour master\nIlse Marrow joined Brontec in 2019.",
        "Mill to stay open, says harbour master\n\nIlse Marrow joined Brontec in 2019.",
        "Who speaks for the mill\n- harbour master\nIlse Marrow joined Brontec in 2019.",
        "Role | Name\nharbour master | Ilse Marrow"})
    void should_keep_a_headline_an_item_or_a_row_apart_from_the_next_line(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Ilse Marrow\n%s, Brontec Mills\n\nThe mill will stay open.",
        "By Ilse Marrow\n%s of Brontec\nThe mill will stay open.", "By Ilse Marrow\r\nBrontec %s\n\nThe mill will stay open."})
    void should_read_the_title_under_a_byline(String form) {
        String right = form.formatted("Treasurer");
        assertThat(judge(right)).as(right).isEmpty();
        assertThat(claims).as(right).singleElement().isInstanceOf(TitleClaim.class);
        String wrong = form.formatted("Harbour Master");
        assertThat(judge(wrong)).as(wrong).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Ilse Marrow\nThe mill will stay open, the harbour master said.",
        "Photographs by Ilse Marrow\nHarbour Master's office"})
    void should_read_no_title_from_the_sentence_under_a_byline(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).isEmpty();
    }
}
