package io.factaudit.sheet;

import io.factaudit.input.Problem;
import java.util.ArrayList;
import java.util.List;

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
}
