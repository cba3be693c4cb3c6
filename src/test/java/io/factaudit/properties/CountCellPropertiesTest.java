package io.factaudit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.factaudit.quantity.Hedge;
import io.factaudit.quantity.Interval;
import io.factaudit.sheet.CountCell;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** The count cells of an estimates table: whatever an editor types, a cell reads or says it cannot. */
@Label("CountCell")
class CountCellPropertiesTest {

    @Property
    @Label("parse() never throws, whatever the cell holds")
    void should_never_throw(@ForAll String cell) {
        assertThatCode(() -> CountCell.parse(cell)).doesNotThrowAnyException();
    }

    @Property
    @Label("parse() never throws on cells that look almost like counts")
    void should_never_throw_on_near_counts(@ForAll("nearCounts") String cell) {
        assertThatCode(() -> CountCell.parse(cell).map(c -> c.interval(0.10))).doesNotThrowAnyException();
    }

    @Property
    @Label("a written count reads back as that count, with or without thousands separators")
    void should_read_a_written_count(@ForAll @LongRange(min = 0, max = Intervals.MAX_COUNT) long n,
                                     @ForAll boolean separators) {
        String written = separators ? String.format("%,d", n) : Long.toString(n);
        Optional<CountCell> cell = CountCell.parse(written);
        assertThat(cell).contains(new CountCell(Hedge.EXACT, n, n));
        assertThat(cell.get().interval(0.10)).isEqualTo(Interval.exactly(n));
    }

    @Property
    @Label("a hedged cell's interval holds its number, under any tolerance")
    void should_hold_its_number(@ForAll("hedgeWords") String word, @ForAll("counts") long n,
                                @ForAll @DoubleRange(min = 0, max = 1) double tolerance) {
        CountCell cell = CountCell.parse(word + " " + String.format("%,d", n)).orElseThrow();
        assertThat(cell.number()).isEqualTo(n);
        assertThat(cell.interval(tolerance).contains(Interval.exactly(n))).isTrue();
    }

    @Property
    @Label("\"more than N\" and \"at least N\" have no upper end; \"up to N\" has no lower end")
    void should_leave_the_open_end_open(@ForAll("counts") long n) {
        String number = String.format("%,d", n);
        assertThat(CountCell.parse("more than " + number).orElseThrow().interval(0.1).high()).isNull();
        assertThat(CountCell.parse("at least " + number).orElseThrow().interval(0.1).high()).isNull();
        assertThat(CountCell.parse("up to " + number).orElseThrow().interval(0.1).low()).isNull();
    }

    @Property
    @Label("\"N to M\" is the interval from N to M, and a range that runs backwards is no count")
    void should_read_ranges(@ForAll("counts") long a, @ForAll("counts") long b) {
        Optional<CountCell> cell = CountCell.parse(String.format("%,d to %,d", a, b));
        if (a <= b) {
            assertThat(cell.orElseThrow().interval(0.1)).isEqualTo(new Interval(a, b));
        } else {
            assertThat(cell).isEmpty();
        }
    }

    @Property
    @Label("a wider tolerance never narrows a cell's interval")
    void should_widen_with_the_tolerance(@ForAll("hedgeWords") String word, @ForAll("counts") long n,
                                         @ForAll @DoubleRange(min = 0, max = 1) double a,
                                         @ForAll @DoubleRange(min = 0, max = 1) double b) {
        CountCell cell = CountCell.parse(word + " " + n).orElseThrow();
        assertThat(cell.interval(Math.max(a, b)).contains(cell.interval(Math.min(a, b)))).isTrue();
    }

    @Provide
    Arbitrary<Long> counts() {
        return Intervals.counts();
    }

    @Provide
    Arbitrary<String> hedgeWords() {
        return Arbitraries.of("", "about", "around", "approximately", "some", "roughly", "nearly", "almost", "at least",
            "more than", "over", "up to", "as many as");
    }

    /** Cells assembled from the pieces of the cell grammar, in any order and number. */
    @Provide
    Arbitrary<String> nearCounts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
            hedgeWords(),
            Arbitraries.of("to", "-", "–", "—", ",", ".", " ", "\u00a0", "thousand", "million", "billion", "TO", "Thousand"),
            Arbitraries.longs().between(0, Long.MAX_VALUE).map(Object::toString),
            Arbitraries.strings().withChars("0123456789,.").ofMaxLength(40));
        return piece.list().ofMaxSize(6).map(parts -> String.join(" ", parts));
    }
}
