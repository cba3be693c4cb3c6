package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source joined by a participle and "by" to a later figure is that figure's, not the earlier one's.
 * Sentences written for this test, on two topics (ballots and evacuees).
 */
class LaterFigureSourceTest {

    private static final Facts BALLOTS = new SheetFixture()
        .names("ballots cast | votes cast, ballots", "Election Board | the board")
        .estimates("ballots cast", "Election Board | 2031-03-02 | 2,400,000").facts();

    private static final Facts EVACUEES = new SheetFixture()
        .names("people evacuated | evacuees, evacuated", "Civil Protection Agency | the agency")
        .estimates("people evacuated", "Civil Protection Agency | 2031-03-02 | 12,000").facts();

    private static CountClaim claimAt(Facts facts, String text, String number) {
        Document document = SheetFixture.document(text, "2031-03-04");
        int at = text.indexOf(number);
        List<CountDecision> all = new CountReader().decisions(document, facts);
        return all.stream().filter(d -> d.number().start() <= at && at < d.number().end()).findFirst()
            .map(CountDecision::claim).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"announced by", "published by", "reported by the"})
    void the_source_of_a_later_figures_participle_is_not_the_earlier_figures(String participle) {
        String ballots = "Monitors said their sample pointed to roughly 1.9 million ballots, far fewer than the 2,400,000 "
            + participle + " Election Board.";
        assertThat(claimAt(BALLOTS, ballots, "1.9 million").source()).as(ballots).isNotEqualTo("Election Board");
        String evacuees = "Volunteers counted about 9,000 evacuees in the shelters, short of the 12,000 " + participle
            + " Civil Protection Agency.";
        assertThat(claimAt(EVACUEES, evacuees, "9,000").source()).as(evacuees).isNotEqualTo("Civil Protection Agency");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"counted by", "confirmed by"})
    void a_source_joined_to_the_figure_itself_is_still_its_own(String participle) {
        String evacuees = "About 9,000 evacuees were " + participle + " the Civil Protection Agency, up from 7,500 on Monday.";
        assertThat(claimAt(EVACUEES, evacuees, "9,000").source()).as(evacuees).isEqualTo("Civil Protection Agency");
    }
}
