package io.factaudit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factaudit.article.Span;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Any text given to the number reader: every quantity it finds lies inside the text, has a sound
 * interval and a kind of measure, and where the text starts in the article only shifts the spans.
 */
@Tag("fuzz")
class NumberReaderFuzzTest {

    /** The reader is given sentences that start anywhere in an article. */
    private static final int OFFSET = 1_017;
    private static final double TOLERANCE = 0.10;
    private static final NumberReader READER = new NumberReader();

    @DictionaryEntries({
        "about ",
        "nearly ",
        "at least ",
        "more than ",
        "up to ",
        "fewer than ",
        "between ",
        " and ",
        " to ",
        ",000",
        " thousand",
        " million",
        " billion",
        " hundred",
        "dozens of ",
        "thousands of ",
        "$",
        "%",
        " percent",
        " km",
        "-year-old",
        " a.m.",
        "Oct. ",
        " 2024"})
    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void should_read_numbers_inside_the_text(byte[] bytes) {
        String text = Invariants.text(bytes);

        List<Quantity> quantities = READER.read(text, OFFSET, TOLERANCE);

        for (Quantity q : quantities) {
            Invariants.spanInside(q.span(), OFFSET, text.length(), q);
            Invariants.sound(q.interval(), q);
            assertThat(q.hedge()).as("the hedge of %s", q).isNotNull();
            assertThat(q.measure()).as("the measure of %s", q).isNotNull();
            assertThat(q.unit()).as("the unit of %s", q).isNotNull();
        }
        List<Quantity> atStart = READER.read(text, 0, TOLERANCE);
        assertThat(atStart.stream().map(q -> shifted(q, OFFSET)).toList())
            .as("the same text read at offset 0 and at offset %d", OFFSET)
            .isEqualTo(quantities);
    }

    private static Quantity shifted(Quantity q, int by) {
        Span s = new Span(q.span().start() + by, q.span().end() + by);
        return new Quantity(s, q.value(), q.interval(), q.hedge(), q.measure(), q.unit());
    }
}
