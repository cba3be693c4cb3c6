package io.factaudit.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("NumberWords")
class NumberWordsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"7 killed", "Twelve soldiers", "thousands fled", "the FIRST day", "a dozen",
        "nought", "twenty-five", "scores of houses"})
    void should_let_text_with_a_digit_or_number_word_through_the_pre_check(String text) {
        assertThat(NumberWords.mayHoldNumber(text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "The minister said nothing.", "someone", "tone", "a hundredfold rise",
        "Erdoğan spoke", "Oneida"})
    void should_stop_text_without_numbers_at_the_pre_check(String text) {
        assertThat(NumberWords.mayHoldNumber(text)).isFalse();
    }

    @Test
    void should_take_its_spellings_from_icu() {
        assertThat(NumberWords.cardinal("twenty")).isEqualTo(new NumberWords.Word(20, NumberWords.Rank.TENS));
        assertThat(NumberWords.cardinal("thirteen")).isEqualTo(new NumberWords.Word(13, NumberWords.Rank.TEEN));
        assertThat(NumberWords.ordinal("ninth")).isEqualTo(9);
        assertThat(NumberWords.ordinal("twelfth")).isEqualTo(12);
        assertThat(NumberWords.scale("billion")).isEqualTo(1_000_000_000L);
        assertThat(NumberWords.ordinalScale("millionth")).isEqualTo(1_000_000L);
    }

    @Test
    void should_read_money_abbreviations_only_after_a_currency_sign() {
        assertThat(NumberWords.abbreviatedScale("bn", false)).isEqualTo(1_000_000_000L);
        assertThat(NumberWords.abbreviatedScale("m", true)).isEqualTo(1_000_000L);
        assertThat(NumberWords.abbreviatedScale("m", false)).as("\"10m\" alone is ten metres").isNull();
    }
}
