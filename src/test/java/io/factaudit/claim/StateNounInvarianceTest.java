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
 * The subject's noun and the noun of its change, each form under invented sheets (a quay "reopened",
 * a tolling ban "lifted", river pilots "back at work", a dusk curfew "in force", a toll "in effect"):
 * an owner's noun of the change names no state ("the quay's reopening drew crowds"), a second
 * subject whose head is spelled like a verb ("the Lisk crossing"), a person who heads a group ("the
 * foreman of the pilots") is not the group.
 */
class StateNounInvarianceTest {

    private static Facts sheet(String subject, String spelling, String state, String... aliases) {
        Name name = new Name(subject, List.of(spelling), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(aliases),
            new FactLocation("features/s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "quay", sheet("Pellow quay", "Pellow landing", "reopened", "open again"),
        "ban", sheet("Garth tolling ban", "tolling ban", "lifted", "scrapped"),
        "pilots", sheet("Ravel river pilots", "Ravel pilots", "back at work", "returned to work"),
        "curfew", sheet("Ossery curfew", "dusk curfew", "in force", "in effect", "in place", "imposed", "took effect"),
        "mill", sheet("Dunmore mill", "Dunmore factory", "closed", "shut"),
        "library", sheet("Orrin Street library", "Orrin library", "shut", "closed"),
        "ferry", sheet("Carrick ferry link", "Carrick ferry", "restored", "resumed"),
        "portal", sheet("Hesk permit portal", "permit portal", "back online", "online again"),
        "toll", sheet("Marden bridge toll", "bridge toll", "in effect", "in force", "introduced", "took effect"));

    /** "state: affirmed|negated" for each claim of the text under the sheet named. */
    static List<String> read(String sheet, String text) {
        Document d = Sheets.article(text.replace(" ¶ ", "\n\n"), "2025-03-20");
        return new StateReader().read(d, SHEETS.get(sheet)).stream().map(StateClaim.class::cast)
            .map(c -> c.state() + ": " + (c.negated() ? "negated" : "affirmed")).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "quay | The Pellow quay's reopening on Monday drew crowds.",
        "quay | The Pellow landing's reopening has been put off twice.",
        "ban | The Garth tolling ban's lifting on Friday angered hauliers.",
        "ban | The tolling ban's lifting will cost the port dearly.",
        "pilots | The foreman of the Ravel river pilots returned to work on Monday.",
        "pilots | The spokeswoman of the Ravel pilots went back to work in May.",
    })
    void an_owned_noun_of_the_change_or_a_person_heading_the_group_says_no_state(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "quay | The Pellow quay and the Dorn crossing reopened on Monday.",
        "quay | The Pellow landing and the Hask crossing reopened in May.",
        "pilots | The Ravel river pilots returned to work on Monday.",
        "pilots | A number of the Ravel pilots returned to work on Monday.",
    })
    void the_subject_beside_another_or_a_part_of_the_group_keeps_its_state(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": affirmed"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | The army imposed a dusk curfew on the old town on Monday.",
        "curfew | Governor imposes a dusk curfew on harbour district",
        "toll | The county introduced a bridge toll in April.",
        "ban | The port lifted its tolling ban on Friday.",
        "ban | The port authority scrapped a tolling ban that hauliers hated.",
    })
    void the_subject_after_an_indefinite_article_or_an_owner_is_the_object_of_the_state(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": affirmed"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | Will the army impose a dusk curfew on the old town?",
        "toll | The county wants to introduce a bridge toll next year.",
        "curfew | The army debated a dusk curfew on Monday.",
    })
    void an_object_in_a_question_an_aim_or_after_another_verb_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | The dusk curfew, which runs from 9 p.m. to 6 a.m., took effect on Monday night.",
        "curfew | The dusk curfew, which runs until dawn, took effect on Monday night.",
        "toll | The bridge toll, charged on lorries from 7 a.m. to 7 p.m. each weekday, took effect in April.",
    })
    void an_aside_with_the_periods_of_abbreviations_stands_between_subject_and_state(String sheet, String text) {
        assertThat(read(sheet, text)).containsExactly("in " + (sheet.equals("toll") ? "effect" : "force") + ": affirmed");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "quay | The Pellow quay is still not open.",
        "quay | The Pellow landing is not yet open, the harbour master said.",
        "portal | The Hesk permit portal is not online.",
        "portal | The permit portal is still not online, officials said.",
    })
    void the_word_of_a_wording_of_return_negated_denies_the_state(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": negated"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "quay | The Pellow quay is open.",
        "portal | The Hesk permit portal is online.",
        "portal | The permit portal remains online.",
    })
    void the_word_of_a_wording_of_return_predicated_affirms_the_state(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": affirmed"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "quay | Crews open the Pellow quay gates at dawn.",
        "portal | Is the Hesk permit portal online?",
        "portal | The Hesk permit portal could be online by Friday.",
        "quay | The open Pellow quay drew crowds.",
    })
    void the_bare_word_as_a_verb_a_modifier_a_question_or_a_forecast_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | The curfew in Ossery remains in force.",
        "curfew | A curfew in Ossery took effect on Monday.",
        "quay | The landing at Pellow reopened on Monday.",
        "pilots | The river pilots of Ravel returned to work on Monday.",
        "toll | The bridge toll at Marden took effect in April.",
    })
    void the_proper_name_after_its_noun_names_the_subject(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": affirmed"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | The curfew in Garn remains in force.",
        "quay | The landing at Dorn reopened on Monday.",
        "toll | The toll in Hask took effect in April.",
    })
    void another_name_after_the_noun_is_another_thing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | The dusk curfew, in force since Monday, has emptied the streets.",
        "curfew | The dusk curfew, in place since March 12, keeps cafes shut.",
        "toll | The bridge toll, in effect since April, has cut traffic.",
        "pilots | The Ravel pilots, back at work since Monday, cleared the queue.",
    })
    void a_state_worded_as_a_phrase_in_an_aside_after_the_subject_is_said_of_it(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": affirmed"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "mill | The Dunmore mill reopened on Monday. | closed: negated",
        "mill | Brontec has reopened the Dunmore factory. | closed: negated",
        "library | The Orrin library reopened in May. | shut: negated",
        "mill | The Dunmore mill has not reopened. | closed: affirmed",
        "library | The Orrin Street library has still not reopened. | shut: affirmed",
    })
    void the_opposite_verb_made_with_re_ends_the_state(String sheet, String text, String expected) {
        assertThat(read(sheet, text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "mill | The Dunmore mill will reopen next week.",
        "mill | The reopening of the Dunmore mill drew crowds.",
        "library | Will the Orrin library reopen?",
    })
    void the_re_verb_in_a_forecast_a_noun_or_a_question_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "mill | The closure of the Dunmore mill began on Monday. | closed: affirmed",
        "mill | The closure of the Dunmore factory continues. | closed: affirmed",
        "mill | The Dunmore mill's closure ended on Friday. | closed: negated",
        "ferry | The restoration of the Carrick ferry link began in May. | restored: affirmed",
        "ferry | The resumption of the Carrick ferry has ended. | restored: negated",
    })
    void the_noun_of_the_act_with_a_verb_of_its_phase_tells_the_state(String sheet, String text, String expected) {
        assertThat(read(sheet, text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "mill | The closure of the Dunmore mill on Monday drew crowds.",
        "mill | The closure of the Dunmore mill could end on Friday.",
        "mill | The closure of the Dunmore mill began to bite.",
        "ferry | The restoration of the Carrick ferry link cost millions.",
    })
    void the_noun_of_the_act_alone_in_a_forecast_or_before_an_infinitive_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}
