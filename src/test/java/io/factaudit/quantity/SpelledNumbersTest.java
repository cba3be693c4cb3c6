package io.factaudit.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number ICU spells out, in American ("one hundred one") and British ("one hundred and
 * one", "nine hundred and ninety-nine thousand, nine hundred and ninety-nine") style, reads back
 * as itself: all numbers to 1,000, then a spread up to ten million, then some large ones.
 */
@DisplayName("Numbers spelled out by ICU read back as themselves")
class SpelledNumbersTest {

    private final NumberReader reader = new NumberReader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%spellout-cardinal", "%spellout-cardinal-verbose"})
    void should_read_every_spelled_number_back(String ruleSet) {
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        List<String> misread = new ArrayList<>();
        long[] numbers = LongStream.concat(LongStream.concat(
                        LongStream.rangeClosed(0, 1000),
                        LongStream.iterate(1001, n -> n <= 10_000_000, n -> n + 7_919)),
                LongStream.of(1_000_000, 1_000_005, 1_500_000, 21_000_000_000_300L, 999_999_999_999L,
                        2_000_100_000L, 12_345_678_901L))
                .toArray();
        for (long n : numbers) {
            String words = spell.format(n, ruleSet);
            List<Quantity> read = reader.read(words, 0, 0.10);
            if (read.size() != 1 || read.get(0).value() != n || read.get(0).span().length() != words.length()) {
                misread.add(n + " \"" + words + "\" read as " + read.stream().map(Quantity::value).toList());
            }
        }
        assertThat(misread).as("of %d numbers", numbers.length).isEmpty();
    }
}
