package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingVariantsTest {

    @ParameterizedTest
    @CsvSource({"colour, color", "honoured, honored", "organise, organize", "organisation, organization",
        "analysed, analyzed", "centre, center", "theatres, theaters", "catalogue, catalog", "defence, defense",
        "licence, license", "programme, program", "travelled, traveled", "cancelling, canceling", "labour, labor"})
    void should_read_a_us_and_a_uk_spelling_as_one_word(String uk, String us) {
        assertThat(SpellingVariants.same(uk, us)).isTrue();
        assertThat(SpellingVariants.canonical(uk)).isEqualTo(SpellingVariants.canonical(us));
    }

    @ParameterizedTest
    @CsvSource({"four, for", "filled, filed", "council, counsel", "better, bettre", "pour, por", "tour, tor",
        "hour, hor", "rise, rize", "fell, fel"})
    void should_keep_words_apart_that_only_look_alike(String a, String b) {
        assertThat(SpellingVariants.same(a, b)).isFalse();
    }
}
