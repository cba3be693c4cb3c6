package io.factaudit.fuzz;

/**
 * How long each fuzz test fuzzes when {@code JAZZER_FUZZ=1} (.ci/fuzz runs them one at a time, as
 * Jazzer fuzzes one test per run). Without {@code JAZZER_FUZZ} a fuzz test only replays its seeds
 * and kept crash inputs from {@code src/test/resources/io/factaudit/fuzz/<Test>Inputs/<method>/}.
 */
final class FuzzBudget {

    static final String PER_TARGET = "30s";

    private FuzzBudget() {
    }
}
