package io.factaudit.sheet;

import io.factaudit.input.Problem;
import java.util.List;

/**
 * One scenario of a sheet as read: its facts, its tags (the feature's, rule's and its own), the
 * problems that fail it, and whether it checks ("Then every article agrees with these facts").
 */
public record SheetScenario(ScenarioFacts facts, List<String> tags, List<Problem> problems, boolean checks) {

    public SheetScenario {
        tags = List.copyOf(tags);
        problems = List.copyOf(problems);
    }
}
