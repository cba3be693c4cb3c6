package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleClaim;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title written in another gender ("spokeswoman" for the sheet's "spokesman", "chairwoman" for
 * "chair") is the same office; a place or a kind of firm before the title ("the county treasurer")
 * is its owner, set apart; a relative clause says the office in charge by any verb of being in
 * charge ("who chairs", "heads", "leads", "runs"), judged with its unit ("committee" is not
 * "subcommittee"; the chair presides, no director), and no office by a verb of a role ("who
 * oversees", "who represents", "who handles"). Two
 * invented topics: a mill company and a harbour board.
 */
class TitleGenderAndChargeInvarianceTest {

    private final Facts facts = new SheetFixture()
        .names("Quillon Mills | Quillon", "Harbour Board of Osk | harbour board")
        .people("Oskar Brandt | treasurer | Brandt", "Ada Renwick | spokesman | Renwick",
            "Tove Lind | chairman of the dredging subcommittee, subcommittee chairman | Lind",
            "Bram Oyelaran | director of the pilotage office | Oyelaran", "Ama Fenn | chair of the moorings committee | Fenn")
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-06-02");
        claims = judged.claims();
        return judged.findings();
    }

    private void agrees(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
    }

    private void wrong(String text) {
        assertThat(judge(text)).as(text).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spokesman", "spokeswoman", "spokesperson"})
    void should_judge_a_title_in_any_gender_as_the_same_office(String title) {
        for (String form : List.of("Ada Renwick, a %s for Quillon Mills, said the mill would reopen.",
            "Quillon %s Ada Renwick said the mill would reopen.", "Ada Renwick, the harbour board's %s, warned of delays.")) {
            agrees(form.formatted(title));
            wrong(form.formatted(title).replace("Ada Renwick", "Oskar Brandt"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"chair", "chairwoman", "chairperson", "chairman"})
    void should_judge_a_chair_in_any_gender_as_the_same_office(String title) {
        agrees("Tove Lind, the %s of the dredging subcommittee, said the channel would close.".formatted(title));
        agrees("Subcommittee %s Tove Lind said the channel would close.".formatted(title));
        wrong("Oskar Brandt, the %s of the dredging subcommittee, said the mill would reopen.".formatted(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "town", "district", "utility"})
    void should_set_apart_a_place_or_firm_written_before_the_title(String owner) {
        agrees("Oskar Brandt, the %s treasurer, said the mill would reopen.".formatted(owner));
        agrees("\"The mill will reopen,\" said Ada Renwick, the %s spokeswoman.".formatted(owner));
        wrong("Oskar Brandt, the %s spokesman, said the mill would reopen.".formatted(owner));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chairs", "heads", "leads", "runs"})
    void should_read_the_office_in_charge_from_any_verb_of_being_in_charge(String verb) {
        agrees("Tove Lind, who %s the dredging subcommittee, said the channel would close.".formatted(verb));
        String director = "Bram Oyelaran, who %s the pilotage office, said the channel would close.".formatted(verb);
        if (verb.equals("chairs")) {
            wrong(director); // one who presides over a body is not its director
        } else {
            agrees(director);
        }
        // the one in charge of a unit is not a treasurer, nor in charge of another unit
        wrong("Oskar Brandt, who %s the dredging subcommittee, said the mill would reopen.".formatted(verb));
        wrong("Bram Oyelaran, who %s the customs office, said the channel would close.".formatted(verb));
    }

    @ParameterizedTest
    @CsvSource({"'Tove Lind, who chairs the subcommittee, said the channel would close.', true",
        "'Tove Lind, who chairs the dredging committee, said the channel would close.', false",
        "'Tove Lind, who chairs the finance committee, said the channel would close.', false"})
    void should_judge_the_kind_of_unit_a_clause_names(String text, boolean agrees) {
        if (agrees) {
            agrees(text);
        } else {
            wrong(text);
        }
    }

    /** The sheet's own office of another unit of the kind its title names is a wrong title in any form; an unnamed body after "of" is no unit. */
    @ParameterizedTest
    @ValueSource(strings = {"Ama Fenn, the chairwoman of the %s committee, said the channel would close.",
        "Ama Fenn, chair of the %s committee, said the channel would close.",
        "Ama Fenn, who chairs the %s committee, said the channel would close.",
        "\"The channel will close,\" said Ama Fenn, chairman of the %s committee."})
    void should_judge_the_unit_of_the_sheets_own_office(String form) {
        agrees(form.formatted("moorings"));
        wrong(form.formatted("dredging"));
    }

    /** A rank before the name ("Lt.") is judged only where the sheet gives the person a rank; an office after it always. */
    @ParameterizedTest
    @ValueSource(strings = {"Lt.", "Capt.", "Sgt."})
    void should_judge_a_rank_only_against_a_rank_on_the_sheet(String rank) {
        Facts ranks = new SheetFixture().people("Lida Ferro | jail commander | Ferro", "Tom Reyes | captain | Reyes",
            "Ines Moor | harbour master | Moor").facts();
        String office = rank + " Lida Ferro, jail commander at the Osk detention centre, said the doors opened.";
        assertThat(TitleJudgement.of(ranks, office, "2025-06-02").findings()).as(office).isEmpty();
        String other = rank + " Ines Moor, harbour master of Osk, said the quay was shut.";
        assertThat(TitleJudgement.of(ranks, other, "2025-06-02").findings()).as(other).isEmpty();
        String wrongOffice = office.replace("jail commander", "jail director");
        assertThat(TitleJudgement.of(ranks, wrongOffice, "2025-06-02").findings()).as(wrongOffice).hasSize(1);
        String rankOnSheet = rank + " Tom Reyes said the quay was shut.";
        assertThat(TitleJudgement.of(ranks, rankOnSheet, "2025-06-02").findings()).as(rankOnSheet)
            .hasSize(rank.equals("Capt.") ? 0 : 1);
    }

    /** A verb of a role, not of an office: nothing to judge, whatever the sheet says. */
    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt, who oversees the mill's accounts, said the mill would reopen.",
        "Ada Renwick, who represents the harbour board, said the channel would close.",
        "Bram Oyelaran, who oversees the pilotage office, said the channel would close.",
        "Oskar Brandt, who handles the mill's accounts, said the mill would reopen."})
    void should_read_no_title_from_a_verb_of_a_role(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).isEmpty();
    }
}
