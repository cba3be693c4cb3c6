package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.CountReader;
import io.factaudit.claim.SheetFixture;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A revised figure that the article dates before its own day, in the figure's clause, is an earlier
 * figure and not outdated (FACT-SHEETS.md: "a past date"); a date that opens a period, or one in
 * another clause, does not mark it. Invented sheet and sentences; the article is of Thursday 8 May
 * 2031, the authority's 14 was revised to 22 on 5 May.
 */
class DatedBeforeTest {

    private static final String PUBLISHED = "2031-05-08";

    private final Facts facts = new SheetFixture()
        .names("storm deaths | deaths, dead, died, killed, toll", "Coast Authority | the authority, Nadia Holm, Holm")
        .estimates("storm deaths", "Coast Authority | 2031-05-02 | 14", "Coast Authority | 2031-05-05 | 22")
        .facts();

    private List<Finding> judge(String text) {
        var document = SheetFixture.document(text, PUBLISHED);
        List<Claim> claims = new CountReader().read(document, facts);
        assertThat(claims).as("claims of: %s", text).singleElement()
            .satisfies(c -> assertThat(((CountClaim) c).interval().low()).isEqualTo(14L));
        return new CountCheck().judge(document, claims, facts);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Nadia Holm, whose toll of 14 deaths was the highest when she gave it last week, declined to comment.",
        "The authority said on Monday that 14 people had died.",
        "The authority put the toll at 14 deaths on May 3.",
        "Holm said 14 people had died when she spoke to reporters two days ago.",
        "The authority reported 14 deaths a week ago."})
    void a_past_date_in_the_figures_clause_marks_it_as_earlier(String text) {
        assertThat(judge(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The authority says 14 people have died.",
        "The authority says 14 people have died since Monday.",
        "The authority says 14 people have died; it published a flood map on Monday."})
    void without_such_a_date_the_revised_figure_is_outdated(String text) {
        assertThat(judge(text)).singleElement().extracting(Finding::reason).isEqualTo(Reason.OUTDATED);
    }
}
