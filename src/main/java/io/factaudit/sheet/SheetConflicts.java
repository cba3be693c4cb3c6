package io.factaudit.sheet;

import io.factaudit.input.Problem;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Estimates that two scenarios (of one sheet or of two) state differently: the same subject, the
 * same source and the same date, with counts that do not meet. Articles cannot agree with both, so
 * the sheets must be made to agree.
 */
public final class SheetConflicts {

    private SheetConflicts() {
    }

    public static List<Problem> among(List<ScenarioFacts> scenarios) {
        List<Estimate> all = new ArrayList<>();
        for (ScenarioFacts s : scenarios) {
            for (Estimate e : s.facts().estimates()) {
                if (!all.contains(e)) {
                    all.add(e);
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Estimate b : all) {
            List<Estimate> others = all.stream().filter(a -> !a.where().uri().equals(b.where().uri())
                && a.subject().equals(b.subject()) && a.source().equals(b.source()) && a.asOf().equals(b.asOf())
                && java.util.Objects.equals(a.place(), b.place())).toList();
            boolean laterSheet = others.stream().allMatch(a -> a.where().uri().compareTo(b.where().uri()) < 0);
            if (!others.isEmpty() && laterSheet && others.stream().noneMatch(a -> a.count().meets(b.count()))) {
                Estimate a = others.get(0);
                problems.add(new Problem(b.where().uri(), b.where().line(), "this estimate of " + b.subject() + " by "
                    + b.source() + " as of " + b.asOf() + " (" + b.cell() + ") contradicts " + a.where() + " (" + a.cell()
                    + "): articles cannot agree with both; make the sheets agree"));
            }
        }
        return problems;
    }

    /**
     * Rows of one scenario's estimates that say the same thing twice (the same source, date, note and
     * count) or that disagree (the same source, date and note with two counts): an article cannot be
     * judged against both, so the sheet must keep one.
     */
    public static List<Problem> within(ScenarioFacts scenario) {
        List<Estimate> rows = scenario.facts().estimates();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Estimate b = rows.get(i);
            for (int j = 0; j < i; j++) {
                Estimate a = rows.get(j);
                if (!a.where().uri().equals(b.where().uri()) || !sameRow(a, b)) {
                    continue;
                }
                String where = a.where().uri() + ":" + a.where().line();
                problems.add(new Problem(b.where().uri(), b.where().line(), a.cell().strip().equals(b.cell().strip())
                    ? "this estimate repeats " + where + " (" + b.source() + ", " + b.asOf() + ", " + b.cell().strip()
                        + "): remove one of the two rows"
                    : "this estimate of " + b.subject() + " by " + b.source() + " as of " + b.asOf() + " (" + b.cell().strip()
                        + ") contradicts " + where + " (" + a.cell().strip() + "): keep the right count, or say in the"
                        + " note what each one counts (\"sent so far\", \"expected\")"));
                break;
            }
        }
        return problems;
    }

    /** The components that are the row's value and its line; every other one (columns added later included) tells rows apart. */
    private static final Set<String> VALUES = Set.of("count", "cell", "where");

    /**
     * Two rows about the same thing: every component equal but the count and the row's line. Read from
     * the record's components so that a column added to estimates keeps rows apart without this check
     * having to know it.
     */
    private static boolean sameRow(Estimate a, Estimate b) {
        for (RecordComponent c : Estimate.class.getRecordComponents()) {
            if (VALUES.contains(c.getName())) {
                continue;
            }
            try {
                Object x = c.getAccessor().invoke(a);
                Object y = c.getAccessor().invoke(b);
                boolean equal = x instanceof String sx && y instanceof String sy
                    ? sx.strip().equalsIgnoreCase(sy.strip()) : Objects.equals(x, y);
                if (!equal) {
                    return false;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }
}
