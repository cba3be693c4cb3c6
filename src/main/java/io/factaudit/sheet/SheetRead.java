package io.factaudit.sheet;

import io.factaudit.input.Problem;
import java.util.List;

/**
 * One sheet as read: its feature's name, its scenarios, the problems of the sheet as a whole (not
 * valid Gherkin, unreadable) and the warnings of a sheet or scenario that would check nothing.
 * A sheet that could not be parsed has no scenarios and names why in {@code problems}.
 */
public record SheetRead(String uri, String feature, List<SheetScenario> scenarios, List<Problem> problems,
                        List<Problem> warnings) {

    public SheetRead {
        scenarios = List.copyOf(scenarios);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The scenarios that check, ready for the audit. */
    public List<ScenarioFacts> checking() {
        return scenarios.stream().filter(SheetScenario::checks).map(SheetScenario::facts).toList();
    }
}
