package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectionsTest {

    @ParameterizedTest(name = "{0} and {1} share a stem")
    @CsvSource({
        "fight, fights", "fight, fighting", "fight, fought", "battle, battling", "battle, battled", "battle, battles",
        "engage, engaged", "engage, engaging", "engage, engages", "enter, entered", "enter, entering",
        "deploy, deployed", "deploy, deploying", "clash, clashed", "clash, clashes", "call, called", "stop, stopped",
        "run, running", "end, ended", "complete, completed", "wind, wound", "wind, winding", "ratify, ratified",
        "ratify, ratifying", "ratify, ratifies", "agree, agreed", "see, seen", "see, saw", "come, came",
        "strike, struck", "sign, signed", "move, moved", "troop, troops", "force, forces", "Fighting, FIGHTS"})
    void should_give_the_forms_of_a_word_one_stem(String base, String form) {
        assertThat(Inflections.stem(form)).isEqualTo(Inflections.stem(base));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({"fight, flight", "wounded, wind", "battle, bottle", "seed, see", "proceed, process"})
    void should_keep_different_words_apart(String one, String other) {
        assertThat(Inflections.stem(one)).isNotEqualTo(Inflections.stem(other));
    }

    @ParameterizedTest(name = "{0} is an irregular past")
    @CsvSource({"fought", "struck", "came", "wound", "seen"})
    void should_know_irregular_past_forms(String word) {
        assertThat(Inflections.isIrregularPast(word)).isTrue();
    }
}
