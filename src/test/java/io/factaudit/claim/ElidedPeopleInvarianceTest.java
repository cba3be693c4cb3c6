package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number with no noun next to a verb of the sheet that takes people counts them, its noun left out:
 * the whole object of the verb ("Guards detain 58 after ...", "Crews evacuated 3,100 overnight") or
 * the subject of its passive ("58 were detained in ...", "3,100 have since been evacuated"). The same
 * whatever the topic, the verb's form, the auxiliaries and the number's form; sentences written for
 * this test.
 */
class ElidedPeopleInvarianceTest {

    private static Facts sheet(String subject, String spellings) {
        return SpellingFrameInvarianceTest.sheet(subject, spellings);
    }

    private static final String HELD = "people held | detained, detentions, taken into custody";
    private static final String MOVED = "people evacuated | evacuated, evacuees";
    private static final String SAVED = "survivors | rescued, people rescued";
    private static final String HOMES = "people evacuated | evacuated, evacuees, forced from their homes";
    private static final String LAND = "farmers displaced | displaced farmers, driven off their land";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        HELD + " | Border guards detain 58 as the march turns back | 58",
        HELD + " | Border guards detained 58 on Friday. | 58",
        HELD + " | Border guards have detained about fifty-eight since dawn. | fifty-eight",
        HELD + " | Near the bridge, 58 were detained by guards. | 58",
        HELD + " | Guards said 58 had been detained overnight. | 58",
        HELD + " | Some 1,200 are detained in the old barracks. | 1,200",
        MOVED + " | Crews evacuated 3,100 by dawn. | 3,100",
        MOVED + " | Crews evacuate 3,100 as the river rises | 3,100",
        MOVED + " | About 3,100 have since been evacuated from the valley. | 3,100",
        MOVED + " | More than 3,100 were evacuated on Sunday. | 3,100",
        SAVED + " | Divers rescued 41 from the hull. | 41",
        SAVED + " | At least forty-one were rescued by fishing boats. | forty-one",
        // the object before the spelling's complement: "forced N from their homes"
        HOMES + " | The mudslide forced 3,100 from their homes. | 3,100",
        HOMES + " | Rising water has forced about 3,100 out of their homes, the office said. | about 3,100",
        HOMES + " | Officials say the fire forced more than three thousand from their homes overnight. | more than three thousand",
        LAND + " | The drought drove 420 off their land last year. | 420",
        LAND + " | Militias have driven some 420 off their land since March. | some 420"})
    void a_number_beside_a_verb_of_the_sheet_that_takes_people_counts_them(String subject, String spellings, String text,
                                                                           String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        d.readAs(subject);
        assertThat(d.claim().interval().low()).as(d.line()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // another verb, a verb of the sheet used as a noun, a proportion, a part read as one, a count of a thing
        HELD + " | Border guards released 58 on Friday after the detentions. | 58",
        HELD + " | In the week of detentions, 58 were released near the bridge. | 58",
        HELD + " | The detentions 58 and 59 were heard on Monday. | 58",
        MOVED + " | The storm could evacuate nine in ten of the valley's homes. | nine",
        MOVED + " | Crews evacuated 3,100 tonnes of grain. | 3,100",
        // the verb without the spelling's complement, or the complement after a thing counted
        HOMES + " | Guards forced 3,100 from the stadium. | 3,100",
        HOMES + " | The mudslide forced 3,100 cars off the road near their homes. | 3,100",
        LAND + " | The drought drove 420 to the cities. | 420"})
    void a_number_the_verb_does_not_take_as_its_people_is_not_read_so(String subject, String spellings, String text,
                                                                       String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        assertThat(d.claim()).as(d.line()).isNull();
    }
}
