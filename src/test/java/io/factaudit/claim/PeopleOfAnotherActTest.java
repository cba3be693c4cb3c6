package io.factaudit.claim;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "N people" who do or undergo another act than the subject's are another group, even when the
 * passage's source estimates the subject. Sentences written for this test, on two topics: a sheet
 * of evacuees (the storm sheet of {@link Decided}) and a sheet of rally turnout.
 */
class PeopleOfAnotherActTest {

    private static final Facts RALLY = new SheetFixture()
        .names("rally turnout | people marched, marchers, people took part", "Harbour Police | police, the police")
        .estimates("rally turnout", "Harbour Police | 2031-05-02 | about 30,000")
        .facts();

    private static Decided rally(String text, String number) {
        return Decided.of(RALLY, "Rally in Norbury\n\n" + text, number);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"detained", "fined", "searched"})
    void people_acted_on_by_another_verb_are_another_group_whoever_the_source(String verb) {
        rally("Police said the rally passed off calmly, although officers " + verb + " 12 people near the harbour.", "12")
            .setAsideBy("people of another act", verb + " 12 people");
        Decided.storm("Evacuees began to return home, and police " + verb + " 40 people for looting, the agency said.", "40")
            .setAsideBy("people of another act", verb + " 40 people");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "had been charged | 12 people had been charged",
        "were treated in hospital | 12 people were treated",
        "were later released | 12 people were later released",
    })
    void people_who_undergo_another_act_are_another_group(String predicate, String looked) {
        rally("Police said 12 people " + predicate + " after scuffles, a spokesman for the rally said.", "12")
            .setAsideBy("people of another act", looked);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12", "twelve", "about 12", "a dozen"})
    void the_number_form_does_not_change_the_reading(String number) {
        rally("Police said the march was calm, but officers detained " + number + " people.", number)
            .setAsideBy("people of another act", "detained " + number + " people");
    }

    @Test
    void people_of_the_subjects_own_act_or_a_figure_told_are_still_read() {
        rally("Police said 30,000 people marched through the centre.", "30,000").readAs("rally turnout");
        rally("Police counted 30,000 people on the quays.", "30,000").readAs("rally turnout");
        rally("Police estimated about 30,000 people on the quays.", "30,000").readAs("rally turnout");
        Decided.storm("Some 12,000 people were evacuated, the agency said.", "12,000").readAs("Tarn evacuees");
        Decided.storm("Crews evacuated some 12,000 people, the agency said.", "12,000").readAs("Tarn evacuees");
    }
}
