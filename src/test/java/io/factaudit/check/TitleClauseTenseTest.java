package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleReader;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A relative clause whose verb names an office says the title in the present and in the present
 * perfect ("who chairs", "who has chaired ... since 2020"), not in the simple past ("who chaired").
 */
class TitleClauseTenseTest {

    private List<Claim> claims;

    private List<Finding> judge(String title, String text) {
        Facts facts = new SheetFixture()
            .names("Selva Harbour Board | harbour board")
            .people("Ada Renwick | " + title + " | Renwick")
            .facts();
        Document document = SheetFixture.document(text, "2025-06-02");
        claims = new TitleReader().read(document, facts);
        return new TitleCheck().judge(document, claims, facts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Renwick, who %ss the harbour board, said the quay would reopen.",
        "Ada Renwick, who has %sed the harbour board since 2020, said the quay would reopen.",
        "Ada Renwick, who has %sed the board since May, said the quay would reopen.",
        "The quay will reopen, said Ada Renwick, who has %sed the harbour board since 2020."})
    void should_read_the_office_of_a_clause_in_the_present_and_the_present_perfect(String form) {
        for (String[] verbAndTitle : List.of(new String[] {"chair", "chair of the harbour board"},
            new String[] {"head", "head of the harbour board"})) {
            String text = form.formatted(verbAndTitle[0]);
            assertThat(judge(verbAndTitle[1], text)).as(text).isEmpty();
            assertThat(claims).as(text).hasSize(1);
            assertThat(judge("treasurer", text)).as(text).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Renwick, who chaired the harbour board until 2020, said the quay would reopen.",
        "Ada Renwick, who has been chairing talks, said the quay would reopen."})
    void should_read_no_office_from_the_past_or_a_verb_of_another_kind(String text) {
        assertThat(judge("treasurer", text)).as(text).isEmpty();
        assertThat(claims).as(text).isEmpty();
    }

    /** How long an office has been held ("for six years", "for a decade") is not part of the title. */
    @ParameterizedTest
    @ValueSource(strings = {"Ada Renwick, who has been the harbour board's %s for six years, said the quay would reopen.",
        "Ada Renwick, who has served as %s for a decade, said the quay would reopen.",
        "Ada Renwick, who has served as the board's %s since 2019, said the quay would reopen.",
        "Ada Renwick, who has been %s for 11 months, said the quay would reopen."})
    void should_read_a_title_held_for_a_time(String form) {
        String text = form.formatted("director");
        assertThat(judge("director", text)).as(text).isEmpty();
        assertThat(claims).as(text).hasSize(1);
        assertThat(judge("treasurer", text)).as(text).singleElement()
            .satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }
}
