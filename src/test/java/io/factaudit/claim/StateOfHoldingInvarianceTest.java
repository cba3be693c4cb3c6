package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state of holding told by the subject's end, beginning or a word that takes it to hold, each
 * form under invented sheets of three subjects and three wordings of holding: a dusk curfew "in
 * force", a bridge toll "in effect", a dock strike "underway". Another topic noun, another verb of
 * ending ("ended", "lifted", "called off", "is over") and another tense must read alike.
 */
class StateOfHoldingInvarianceTest {

    private static Milestone milestone(String subject, String state, String... aliases) {
        return new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(aliases), new FactLocation("s.feature", 9));
    }

    private static Facts sheet(String subject, String spelling, Milestone... milestones) {
        Name name = new Name(subject, List.of(spelling), new FactLocation("features/s.feature", 4));
        return new Facts(List.of(name), List.of(), List.of(milestones), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "curfew", sheet("Ossery curfew", "dusk curfew", milestone("Ossery curfew", "in force", "imposed", "in place")),
        "toll", sheet("Marden bridge toll", "bridge toll", milestone("Marden bridge toll", "in effect", "introduced")),
        "strike", sheet("Pellow dock strike", "dock strike", milestone("Pellow dock strike", "underway")),
        "lifted", sheet("Ossery curfew", "dusk curfew", milestone("Ossery curfew", "in force"),
            milestone("Ossery curfew", "lifted", "scrapped")));

    private static final String NAMED = "The %s was first debated in May. ¶ ";

    /** "state: affirmed|negated|ended" for each claim of the text, after a sentence that names the subject. */
    private static List<String> read(String sheet, String text) {
        String spelling = SHEETS.get(sheet).names().get(0).spellings().get(0);
        String article = NAMED.formatted(spelling) + text;
        Document d = Sheets.article(article.replace(" ¶ ", "\n\n"), "2025-03-20");
        return new StateReader().read(d, SHEETS.get(sheet)).stream().map(StateClaim.class::cast)
            .map(c -> c.state() + ": " + (c.ended() ? "ended" : c.negated() ? "negated" : "affirmed")).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | The curfew has ended.",
        "curfew | The dusk curfew was lifted on Friday.",
        "curfew | Officials said the curfew was called off overnight.",
        "curfew | The army lifted the dusk curfew on Friday.",
        "curfew | Dusk curfew in Ossery lifted",
        "toll | The bridge toll was repealed last week.",
        "toll | The county revoked the bridge toll in April.",
        "toll | The toll is over, drivers were told.",
        "strike | The dock strike ended on Sunday.",
        "strike | The union called off the dock strike on Sunday.",
        "strike | The strike is over.",
    })
    void the_end_said_of_the_subject_ends_its_state(String sheet, String text) {
        String state = sheet.equals("curfew") ? "in force" : sheet.equals("toll") ? "in effect" : "underway";
        assertThat(read(sheet, text)).containsExactly(state + ": ended");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | Despite the dusk curfew, crowds gathered in the square.",
        "curfew | Under the curfew, shops must close at six.",
        "curfew | The curfew has not been lifted.",
        "curfew | Since the curfew began, cafes have closed early.",
        "toll | Lorries queued on Monday despite a bridge toll.",
        "toll | Under the bridge toll, lorries pay double.",
        "strike | Amid the dock strike, ships waited offshore.",
        "toll | The bridge toll began on Monday.",
        "strike | The dock strike has not ended.",
        "strike | The dock strike began on Monday.",
    })
    void a_word_that_takes_it_to_hold_its_beginning_or_a_denied_end_affirms_it(String sheet, String text) {
        String state = sheet.equals("curfew") ? "in force" : sheet.equals("toll") ? "in effect" : "underway";
        assertThat(read(sheet, text)).containsExactly(state + ": affirmed");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | The curfew ended the protests.",
        "curfew | The army plans to lift the dusk curfew.",
        "curfew | The lifting of the curfew pleased traders.",
        "curfew | Will the army lift the curfew?",
        "curfew | The curfew could end next week.",
        "toll | The bridge toll began to bite in April.",
        "strike | The dock strike is ending.",
        "strike | Talks began on Monday.",
        "curfew | Six cafes were fined under the dusk curfew.",
        "toll | Two hauliers were charged twice under the bridge toll.",
        "strike | The first pickets under the dock strike were paid.",
        "toll | Hours before the bridge toll began, lorries queued.",
        "strike | Two ships sailed after the dock strike began.",
        "toll | The bridge toll was to begin on Monday.",
        "strike | When the dock strike begins, ships will wait offshore.",
        "toll | Talks on the bridge toll began on Monday.",
    })
    void another_subject_an_aim_a_noun_a_question_a_forecast_or_the_measure_an_act_was_done_under_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "lifted | The dusk curfew was lifted on Friday.",
        "lifted | The army lifted the curfew on Friday.",
    })
    void a_sheet_that_words_the_end_reads_it_by_its_own_words(String sheet, String text) {
        assertThat(read(sheet, text)).containsExactly("lifted: affirmed");
    }
}
