package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.factaudit.sheet.Facts;
import org.junit.jupiter.api.Test;

/**
 * A count noun that opens its clause is the subject of the clause's verb of change, however long the
 * noun group after it: "The death toll from last week's storms in the hill villages of Tarn has
 * reached 27"; both figures of "was raised from 19 to 27" are counts of it.
 */
class SubjectOfChangeTest {

    /** Two subjects, so that the words of the noun group must say which one is counted. */
    private static final Facts STORM = new SheetFixture()
        .names("storm deaths | deaths, dead, killed, death toll",
            "evacuees | people evacuated, evacuated",
            "Governor Lane | Lane, the governor")
        .estimates("storm deaths", "Governor Lane | 2031-05-03 | 14")
        .estimates("evacuees", "Governor Lane | 2031-05-03 | 12,000")
        .facts();

    private static Decided storm(String text, String number) {
        return Decided.of(STORM, "Storms in Tarn\n\n" + text, number);
    }

    private static final String LONG_GROUP = " from last week's storms in the hills and valleys of northern Tarn ";

    /** The third-person forms of the lexicon's verbs of change ("rises", "climbs", "reaches"). */
    private static List<String> verbsOfChange() throws IOException {
        List<String> verbs = new ArrayList<>();
        try (InputStream in = io.factaudit.lexicon.QuantityVerbs.class.getResourceAsStream("verbs-of-change.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] forms = line.strip().split(" ");
                if (!line.startsWith("#") && forms.length > 1) {
                    verbs.add(forms[1]);
                }
            }
        }
        return verbs;
    }

    @Test
    void a_count_noun_opening_the_clause_is_what_its_verb_of_change_counts_whatever_the_verb_and_the_noun() throws IOException {
        List<String> verbs = verbsOfChange();
        assertThat(verbs).hasSizeGreaterThan(5);
        for (String noun : List.of("The death toll", "The number of people killed", "The official tally of the dead")) {
            for (String verb : verbs) {
                String sentence = noun + LONG_GROUP + verb + " to 27, the governor said.";
                storm(sentence, "27").readAs("storm deaths");
            }
        }
    }

    @Test
    void both_figures_of_a_change_from_one_to_another_are_counts_of_the_subject_in_digits_and_words() {
        Decided from = storm("The death toll" + LONG_GROUP + "was raised from 19 to 27 on Tuesday.", "19")
            .readAs("storm deaths");
        assertThat(from.claim().earlier()).isTrue();
        storm("The death toll" + LONG_GROUP + "was raised from 19 to 27 on Tuesday.", "27").readAs("storm deaths");
        storm("The death toll" + LONG_GROUP + "has reached twenty-seven, the governor said.", "twenty-seven")
            .readAs("storm deaths");
    }

    @Test
    void a_pause_or_a_clause_of_its_own_before_the_verb_leaves_the_number_uncounted() {
        storm("The death toll was not yet known, and the water" + LONG_GROUP + "rose to 27.", "27")
            .setAsideBy("nothing counted", "Tarn rose to 27.");
    }

    /** A second invented topic: motorists stranded by snow, counted by a highway agency. */
    private static final Facts SNOW = new SheetFixture()
        .names("stranded motorists | motorists stranded, stranded",
            "Highway Agency | the highway agency, the agency")
        .estimates("stranded motorists", "Highway Agency | 2031-05-03 | 900")
        .facts();

    @Test
    void the_clause_may_open_after_a_verb_of_saying_its_that_or_a_subordinator_on_either_topic() {
        for (String opening : List.of("Rescuers worked through the night, as the governor said ",
                "Rescuers worked through the night, as the governor warned on Monday that ",
                "Rescuers worked through the night while ", "The governor told reporters ")) {
            storm(opening + "the number of people killed" + LONG_GROUP + "had risen to 27.", "27").readAs("storm deaths");
            Decided.of(SNOW, "Snow in Tarn\n\n" + opening + "the number of motorists stranded on the ring roads around Tarn"
                + " had climbed to 340.", "340").readAs("stranded motorists");
        }
    }

    @Test
    void a_count_noun_deep_in_the_clause_after_the_verb_of_saying_is_not_its_subject() {
        storm("Rescuers worked on, as the governor said the water over the death toll" + LONG_GROUP + "rose to 27.", "27")
            .setAsideBy("nothing counted", "Tarn rose to 27.");
    }
}
