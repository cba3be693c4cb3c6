package io.factaudit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.factaudit.quantity.Interval;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The interval logic every count verdict rests on: a claim agrees with an estimate when their intervals meet. */
@Label("Interval")
class IntervalPropertiesTest {

    @Property
    @Label("agreement is symmetric: a claim meets an estimate exactly when the estimate meets the claim")
    void should_meet_symmetrically(@ForAll("any") Interval a, @ForAll("any") Interval b) {
        assertThat(a.meets(b)).isEqualTo(b.meets(a));
    }

    @Property
    @Label("every interval meets itself and holds itself")
    void should_meet_and_contain_itself(@ForAll("any") Interval a) {
        assertThat(a.meets(a)).isTrue();
        assertThat(a.contains(a)).isTrue();
    }

    @Property
    @Label("a narrower claim never agrees where a wider one does not")
    void should_let_a_wider_claim_meet_whatever_a_narrower_one_meets(@ForAll("widerAndNarrower") Interval[] pair,
                                                                    @ForAll("counts") Interval estimate) {
        Interval wider = pair[0];
        Interval narrower = pair[1];
        assertThat(wider.contains(narrower)).as("%s holds %s", wider, narrower).isTrue();
        if (narrower.meets(estimate)) {
            assertThat(wider.meets(estimate)).as("%s meets %s but %s does not", narrower, estimate, wider).isTrue();
        }
    }

    @Property
    @Label("holding is consistent with meeting: an interval meets every interval it holds")
    void should_meet_what_it_contains(@ForAll("any") Interval a, @ForAll("any") Interval b) {
        if (a.contains(b)) {
            assertThat(a.meets(b)).isTrue();
        }
    }

    @Property
    @Label("an exact count meets an interval exactly when the interval holds it")
    void should_meet_an_exact_count_only_when_holding_it(@ForAll("any") Interval a, @ForAll long n) {
        assertThat(a.meets(Interval.exactly(n))).isEqualTo(a.contains(Interval.exactly(n)));
    }

    @Property
    @Label("times(k) multiplies both ends and keeps open ends open")
    void should_scale_both_ends(@ForAll("counts") Interval a, @ForAll @LongRange(min = 1, max = 1_000) long k) {
        Interval scaled = a.times(k);
        assertThat(scaled.low()).isEqualTo(a.low() == null ? null : a.low() * k);
        assertThat(scaled.high()).isEqualTo(a.high() == null ? null : a.high() * k);
    }

    @Property
    @Label("times(k) keeps what meets: two intervals that meet still meet when both are scaled")
    void should_keep_agreement_when_scaled(@ForAll("counts") Interval a, @ForAll("counts") Interval b,
                                           @ForAll @LongRange(min = 1, max = 1_000) long k) {
        if (a.meets(b)) {
            assertThat(a.times(k).meets(b.times(k))).isTrue();
        }
    }

    @Property
    @Label("describe() never throws and never comes back empty")
    void should_always_describe(@ForAll("any") Interval a) {
        assertThatCode(a::describe).doesNotThrowAnyException();
        assertThat(a.describe()).isNotBlank();
    }

    @Property
    @Label("describe() says which ends are open")
    void should_describe_open_ends(@ForAll("any") Interval a) {
        String words = a.describe();
        if (a.low() == null && a.high() != null) {
            assertThat(words).startsWith("up to ");
        } else if (a.high() == null && a.low() != null) {
            assertThat(words).startsWith("at least ");
        } else if (a.low() == null) {
            assertThat(words).isEqualTo("any number");
        }
    }

    @Provide
    Arbitrary<Interval> any() {
        return Intervals.any();
    }

    @Provide
    Arbitrary<Interval> counts() {
        return Intervals.ofCounts();
    }

    @Provide
    Arbitrary<Interval[]> widerAndNarrower() {
        return Intervals.widerAndNarrower();
    }
}
