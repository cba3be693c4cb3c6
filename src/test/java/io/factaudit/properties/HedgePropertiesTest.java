package io.factaudit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.quantity.Hedge;
import io.factaudit.quantity.Interval;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Hedges ("about", "nearly", "up to") turn a number into an interval; they may only widen it. */
@Label("Hedge")
class HedgePropertiesTest {

    @Property
    @Label("a hedge only widens: the hedged interval of N holds N and the exact interval of N")
    void should_hold_the_bare_number(@ForAll Hedge hedge, @ForAll("counts") long n,
                                     @ForAll @DoubleRange(min = 0, max = 1) double tolerance) {
        Interval hedged = hedge.apply(n, tolerance);
        assertThat(hedged.contains(Interval.exactly(n))).as("%s %,d -> %s", hedge, n, hedged.describe()).isTrue();
        assertThat(hedged.contains(Hedge.EXACT.apply(n, tolerance))).isTrue();
        assertThat(hedged.meets(Interval.exactly(n))).isTrue();
    }

    @Property
    @Label("a hedged claim agrees wherever the bare number agrees")
    void should_agree_wherever_the_bare_number_agrees(@ForAll Hedge hedge, @ForAll("counts") long n,
                                                     @ForAll @DoubleRange(min = 0, max = 1) double tolerance,
                                                     @ForAll("intervals") Interval estimate) {
        if (Interval.exactly(n).meets(estimate)) {
            assertThat(hedge.apply(n, tolerance).meets(estimate)).isTrue();
        }
    }

    @Property
    @Label("a wider tolerance for \"about\" never narrows the interval")
    void should_widen_with_the_tolerance(@ForAll("counts") long n, @ForAll @DoubleRange(min = 0, max = 1) double a,
                                         @ForAll @DoubleRange(min = 0, max = 1) double b) {
        double narrow = Math.min(a, b);
        double wide = Math.max(a, b);
        assertThat(Hedge.ABOUT.apply(n, wide).contains(Hedge.ABOUT.apply(n, narrow))).isTrue();
    }

    @Property
    @Label("hedges that set a floor are open above; hedges that set a ceiling are open below")
    void should_open_the_end_the_hedge_leaves_open(@ForAll Hedge hedge, @ForAll("counts") long n) {
        Interval hedged = hedge.apply(n, 0.10);
        switch (hedge) {
            case AT_LEAST, MORE_THAN, VAGUE -> assertThat(hedged.high()).isNull();
            case UP_TO, FEWER_THAN -> assertThat(hedged.low()).isNull();
            default -> assertThat(hedged.low()).isNotNull();
        }
    }

    @Provide
    Arbitrary<Long> counts() {
        return Intervals.counts();
    }

    @Provide
    Arbitrary<Interval> intervals() {
        return Intervals.ofCounts();
    }
}
