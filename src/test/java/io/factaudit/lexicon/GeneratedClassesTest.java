package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed word classes are what WordNet gives today: regenerate with the lexicon command when this fails. */
class GeneratedClassesTest {

    @Test
    void every_committed_word_class_is_what_its_source_draws_from_wordnet() throws IOException {
        Path folder = Path.of(System.getProperty("fact-audit.project", ".")).resolve("src/main/resources/io/factaudit/lexicon");
        for (var file : GeneratedClasses.files().entrySet()) {
            assertThat(Files.readAllLines(folder.resolve(file.getKey()), StandardCharsets.UTF_8))
                .as("%s is out of date: run mvn -q compile exec:java -Dexec.args=\"lexicon\"", file.getKey())
                .isEqualTo(file.getValue().get());
        }
    }

    @Test
    void verbs_of_saying_hold_each_inflection_of_the_class_and_no_word_of_grammar() {
        assertThat(VerbsOfSaying.lemma("stressed")).isEqualTo("stress");
        assertThat(VerbsOfSaying.lemma("told")).isEqualTo("tell");
        assertThat(VerbsOfSaying.lemma("conceded")).isEqualTo("concede");
        assertThat(VerbsOfSaying.contains("estimates")).isTrue();
        assertThat(VerbsOfSaying.contains("will")).isFalse();
        assertThat(VerbsOfSaying.contains("make")).isFalse();
        assertThat(VerbsOfSaying.contains("gave")).isFalse();
    }

    @Test
    void verbs_of_harm_leave_out_verbs_whose_harm_sense_is_rare() {
        assertThat(VerbsOfHarm.contains("killed")).isTrue();
        assertThat(VerbsOfHarm.contains("wounded")).isTrue();
        assertThat(VerbsOfHarm.contains("captured")).isTrue();
        assertThat(VerbsOfHarm.contains("fell")).isFalse();
        assertThat(VerbsOfHarm.contains("dispatched")).isFalse();
    }

    @Test
    void a_word_family_reaches_derivations_and_their_inflections() {
        assertThat(WordFamily.of("deaths")).contains("died", "dies", "die");
        assertThat(WordFamily.of("evacuated")).contains("evacuate", "evacuation");
        assertThat(WordFamily.of("strikers")).contains("striker", "strike");
    }
}
