package io.factaudit.quantity;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The running state of one {@link CardinalReader} reading: the total of the scale groups read so
 * far ("two million"), the group being read ("three hundred and two"), and what came last.
 */
final class Composition {

    /** What the reading consumed last; it decides what may come next. */
    enum Step {
        NONE, UNIT, TEEN, TENS, DIGITS, HALF, HUNDRED, SCALE, AND, DOZEN;

        /** Steps that end on a number, which a scale word may multiply. */
        static final Set<Step> NUMBERS = EnumSet.of(UNIT, TEEN, TENS, DIGITS);
    }

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO;
    BigDecimal lastAtom = BigDecimal.ZERO;
    Step last = Step.NONE;
    boolean groupHasHundred;
    long minScale = Long.MAX_VALUE;
    long andLimit;
    int end = -1;
    boolean spelled;
    boolean ordinal;
    boolean fraction;
    boolean finished;
    int groups;
    long scale = 1;
    int atoms;

    BigDecimal value() {
        return total.add(group);
    }

    void atom(BigDecimal v, Step kind) {
        boolean compound = last == Step.TENS && kind == Step.UNIT;
        group = group.add(v);
        lastAtom = compound ? lastAtom.add(v) : v;
        last = kind;
        atoms++;
    }

    void hundred() {
        group = (last == Step.NONE ? BigDecimal.ONE : group).multiply(BigDecimal.valueOf(100));
        groupHasHundred = true;
        last = Step.HUNDRED;
    }

    void scaleBy(long s) {
        BigDecimal g = last == Step.NONE ? BigDecimal.ONE : group;
        total = total.add(g.multiply(BigDecimal.valueOf(s)));
        group = BigDecimal.ZERO;
        groupHasHundred = false;
        minScale = s;
        scale = Math.max(scale, s);
        last = Step.SCALE;
    }

    void dozen() {
        group = group.subtract(lastAtom).add(lastAtom.multiply(TWELVE));
        last = Step.DOZEN;
    }

    Composition copy() {
        Composition c = new Composition();
        c.total = total;
        c.group = group;
        c.lastAtom = lastAtom;
        c.last = last;
        c.groupHasHundred = groupHasHundred;
        c.minScale = minScale;
        c.andLimit = andLimit;
        c.end = end;
        c.spelled = spelled;
        c.ordinal = ordinal;
        c.fraction = fraction;
        c.finished = finished;
        c.groups = groups;
        c.scale = scale;
        c.atoms = atoms;
        return c;
    }
}
