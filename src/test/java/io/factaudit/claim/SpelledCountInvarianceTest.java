package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import io.factaudit.sheet.Facts;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A count written in words is read as the same count written in digits, for every number word ICU
 * spells (not a chosen few), at the start of a sentence and after a verb of saying, on two topics.
 */
class SpelledCountInvarianceTest {

    private static final RuleBasedNumberFormat SPELL = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

    /** A second topic, of hikers rescued from a glacier, so the reading is not one counted noun's. */
    private static final Facts HIKERS = new SheetFixture()
        .names("Vell hikers rescued | hikers rescued, climbers rescued", "Mountain Rescue Service | the rescue service")
        .estimates("Vell hikers rescued", "Mountain Rescue Service | 2031-05-02 | 40").facts();

    @ParameterizedTest
    @ValueSource(strings = {"%s people were evacuated, the agency said.", "The agency said %s people were evacuated."})
    void every_spelled_count_reads_as_its_digits_on_the_storm_sheet(String frame) {
        LongStream.concat(LongStream.rangeClosed(2, 99), LongStream.of(100, 250, 1_000, 4_000, 12_000)).forEach(n -> {
            String words = SPELL.format(n);
            String sentence = capitalized(frame.formatted(words));
            String written = frame.startsWith("%s") ? capitalized(words) : words;
            Decided d = Decided.storm(sentence, written).readAs("Tarn evacuees");
            assertThat(d.claim().interval().low()).as(sentence).isEqualTo(n);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s hikers were rescued, the rescue service said.", "The rescue service told reporters %s hikers were rescued."})
    void every_spelled_count_reads_as_its_digits_on_another_topic(String frame) {
        LongStream.rangeClosed(2, 99).forEach(n -> {
            String words = SPELL.format(n);
            String sentence = capitalized(frame.formatted(words));
            String written = frame.startsWith("%s") ? capitalized(words) : words;
            Decided d = Decided.of(HIKERS, "Hikers rescued on the Vell glacier\n\n" + sentence, written).readAs("Vell hikers rescued");
            assertThat(d.claim().interval().low()).as(sentence).isEqualTo(n);
        });
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
