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
 * Forms of titles in news writing beyond the plain apposition: after "as" ("in her role as", "took
 * over as", "stepped down as"), after a dash or an adverb ("currently", "now", "is also"), in parentheses, after an age, with a country's adjective made from a sheet name, with an "of" owner
 * the sheet does not name, two names paired with two titles; and a relation that is no office
 * ("Quillon's deputy"). Each form is tried with the sheet's title (no finding) and with another
 * title of the sheet (a wrong title), so a form that reads nothing fails both ways.
 */
class TitleRealFormsInvarianceTest {

    private final Facts facts = new SheetFixture()
        .names("Quillon Mills | Quillon", "Ostria | Ostrian government")
        .people("Oskar Brandt | treasurer | Brandt", "Ada Renwick | spokeswoman | Renwick")
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-06-02");
        claims = judged.claims();
        return judged.findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt, in his role as Quillon's treasurer, %s",
        "Oskar Brandt, in his capacity as treasurer, %s", "Oskar Brandt, as the company's treasurer, %s",
        "Oskar Brandt (treasurer of Quillon Mills) %s", "Oskar Brandt (Quillon treasurer) %s",
        "Oskar Brandt, 61, Quillon's treasurer, %s", "Oskar Brandt, 61, the treasurer of Quillon Mills, %s",
        "Oskar Brandt, treasurer of the parish council, %s", "Oskar Brandt, the treasurer of the county board, %s",
        "The Ostrian treasurer, Oskar Brandt, %s", "Oskar Brandt, the Ostrian treasurer, %s",
        "Oskar Brandt \u2014 Quillon's treasurer \u2014 %s", "Oskar Brandt, who took over as treasurer in 2022, %s",
        "Oskar Brandt, who stepped down as Quillon's treasurer last year, %s", "Oskar Brandt, who was sworn in as treasurer, %s",
        "Oskar Brandt, currently the treasurer of Quillon Mills, %s", "Oskar Brandt, now Quillon's treasurer, %s",
        "Oskar Brandt, who is also the company's treasurer, %s", "Oskar Brandt, Quillon's newly appointed treasurer, %s",
        "Oskar Brandt, the recently elected treasurer of Quillon Mills, %s", "Quillon's long-serving treasurer, Oskar Brandt, %s",
        "Oskar Brandt, the company's current treasurer, %s"})
    void should_read_the_title_in_each_form_and_judge_it(String form) {
        for (String verb : List.of("said the mill would reopen.", "warned that the mill would close.")) {
            String text = form.formatted(verb);
            assertThat(judge(text)).as(text).isEmpty();
            assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
            String other = text.replace("treasurer", "spokeswoman");
            assertThat(judge(other)).as(other).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quillon appointed Oskar Brandt, 61, as treasurer on Tuesday.",
        "Quillon named Oskar Brandt, 61, its new treasurer.", "The board elected Oskar Brandt, 61, as treasurer."})
    void should_read_an_appointment_past_an_age(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
        String other = text.replace("treasurer", "spokeswoman");
        assertThat(judge(other)).as(other).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    /** Two names, one apposition, two titles: each name takes the title in its place, never both. */
    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt and Ada Renwick, the company's treasurer and spokeswoman, said the mill would reopen.",
        "Oskar Brandt and Ada Renwick, Quillon's treasurer and spokeswoman respectively, said the mill would reopen.",
        "Ada Renwick and Oskar Brandt, the spokeswoman and the treasurer of Quillon Mills, said the mill would reopen."})
    void should_pair_two_names_with_two_titles_in_order(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).hasSize(2);
        String swapped = text.contains("Oskar Brandt and") ? text.replace("Oskar Brandt and Ada Renwick", "Ada Renwick and Oskar Brandt")
            : text.replace("Ada Renwick and Oskar Brandt", "Oskar Brandt and Ada Renwick");
        assertThat(judge(swapped)).as(swapped).hasSize(2).allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    /** "as" may be a conjunction, and an office after it may be another name's: neither is the name's title. */
    @ParameterizedTest
    @ValueSource(strings = {"Oskar Brandt, who left as the spokeswoman, Ada Renwick, arrived, said the mill would reopen.",
        "Oskar Brandt, who spoke as the spokeswoman listened, said the mill would reopen.",
        "Oskar Brandt, as Quillon's spokeswoman, Ada Renwick, looked on, said the mill would reopen."})
    void should_not_take_an_office_after_as_that_another_name_holds(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).noneMatch(c -> ((TitleClaim) c).person().equals("Oskar Brandt"));
    }

    /** "Quillon's deputy" says whom the person stands in for, not an office: no wrong title. */
    @ParameterizedTest
    @ValueSource(strings = {"Quillon's deputy, Oskar Brandt, treasurer of the mill, said the mill would reopen.",
        "Her deputy, Oskar Brandt, said the mill would reopen.", "Renwick's assistant, Oskar Brandt, said the mill would reopen."})
    void should_read_no_office_from_a_rank_word_alone_after_its_owner(String text) {
        assertThat(judge(text)).as(text).isEmpty();
    }

    /** "a spokeswoman for the group": an owner that stands for the body just named says nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"Ada Renwick, a spokeswoman for the group, said the mill would reopen.",
        "Ada Renwick, a spokeswoman for the company, said the mill would reopen."})
    void should_read_a_title_with_a_generic_owner_after_for(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
        String other = text.replace("spokeswoman", "treasurer").replace("a treasurer", "a treasurer");
        assertThat(judge(other)).as(other).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }
}
