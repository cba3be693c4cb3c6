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
 * A title said by a clause that links the person to the office ("who became", "who is", "who serves
 * as", "who was named", "who has been", "X is ...") and a title owned by "its" in a list are read and
 * judged like any other; a past office with its time ("who was treasurer until 2020") is a title held, as
 * "former" says; without its time ("who was treasurer when ...") and a description are no title.
 */
class TitleClauseInvarianceTest {

    private final Facts facts = new SheetFixture()
        .names("Quillon Mills | Quillon")
        .people("Oskar Brandt | treasurer | Brandt", "Ada Renwick | spokeswoman | Renwick",
            "Ines Tarrow | treasurer, spokeswoman | Tarrow")
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-06-02");
        claims = judged.claims();
        return judged.findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Oskar Brandt, who became treasurer in 2021, %s", "Oskar Brandt, who became Quillon's treasurer in March, %s",
        "Oskar Brandt, who is the company's treasurer, %s", "Oskar Brandt, who serves as treasurer of Quillon Mills, %s",
        "Oskar Brandt, who was named treasurer of Quillon Mills in 2021, %s", "Oskar Brandt, who was appointed treasurer, %s",
        "Oskar Brandt, who has been treasurer since 2021, %s", "Oskar Brandt, who was elected treasurer on Monday, %s"})
    void should_read_a_title_in_a_clause_under_each_verb(String form) {
        for (String verb : List.of("said the mill would reopen.", "warned that the mill would close.")) {
            String text = form.formatted(verb);
            assertThat(judge(text)).as(text).isEmpty();
            assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt is Quillon's treasurer.", "Oskar Brandt is the treasurer of Quillon Mills.",
        "Oskar Brandt is a treasurer."})
    void should_read_a_title_as_a_predicate(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt, who became spokeswoman in 2021, said the mill would reopen.",
        "Oskar Brandt, who is the company's spokeswoman, said the mill would reopen.",
        "Oskar Brandt is Quillon's spokeswoman."})
    void should_report_another_title_in_a_clause(String text) {
        assertThat(judge(text)).as(text).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt, who was treasurer when the mill closed, said the mill would reopen.",
        "Oskar Brandt, who is expected to speak, said the mill would reopen.",
        "Oskar Brandt is the best person to ask.", "Oskar Brandt, who became ill in 2021, said the mill would reopen."})
    void should_read_no_title_from_a_past_office_or_a_description(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).isEmpty();
    }

    /** A past office with its time is a title the person held, judged as "former treasurer" is. */
    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt, who was treasurer until 2020, said the mill would reopen.",
        "Oskar Brandt, who served as Quillon's treasurer from 2015 to 2020, said the mill would reopen.",
        "Oskar Brandt, who was the treasurer of Quillon Mills until March, said the mill would reopen."})
    void should_read_a_past_office_with_its_time(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
        String other = text.replace("treasurer", "spokeswoman");
        assertThat(judge(other)).as(other).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ada Renwick, a spokeswoman for Quillon, and Oskar Brandt, its treasurer, said the mill would reopen.",
        "Ada Renwick, Quillon's spokeswoman, and Oskar Brandt, the company's treasurer, said the mill would reopen.",
        "The mill would reopen, said Ada Renwick, the spokeswoman, and Oskar Brandt, its treasurer."})
    void should_read_each_title_of_a_list_with_its_own_name(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ada Renwick, a spokeswoman for Quillon, and Oskar Brandt, its spokeswoman, said the mill would reopen.",
        "Ada Renwick, its treasurer, said the mill would reopen."})
    void should_report_a_wrong_title_owned_by_its(String text) {
        assertThat(judge(text)).as(text).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    /** Two titles of one name joined by "and" are judged each on its own. */
    @ParameterizedTest
    @ValueSource(strings = {"Ines Tarrow, the treasurer and spokeswoman of Quillon Mills, said the mill would reopen.",
        "Treasurer and spokeswoman Ines Tarrow said the mill would reopen.",
        "Ines Tarrow, Quillon's spokeswoman and treasurer, said the mill would reopen."})
    void should_pass_two_titles_joined_by_and(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt, the treasurer and spokeswoman of Quillon Mills, said the mill would reopen.",
        "Treasurer and spokeswoman Oskar Brandt said the mill would reopen."})
    void should_report_a_second_title_the_person_does_not_hold(String text) {
        assertThat(judge(text)).as(text).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }
}
