package io.factaudit.sheet;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds where a step and its table stand in a sheet, so that every fact carries its line even when
 * the steps are run by a tool that hands over only their text and cells.
 */
public final class SheetIndex {

    /** A step as it stands in the sheet: its line, and its table with a line per row (or null). */
    public record StepSource(int line, Table table) {
    }

    private final Map<Path, Optional<GherkinDocument>> documents = new ConcurrentHashMap<>();

    /**
     * The step with this text in the scenario at {@code scenarioLine} or in a Background before it;
     * empty when the sheet cannot be read or the step is not found.
     */
    public Optional<StepSource> find(Path sheet, String uri, int scenarioLine, String stepText) {
        Optional<GherkinDocument> doc = documents.computeIfAbsent(sheet.toAbsolutePath().normalize(), SheetIndex::parse);
        if (doc.isEmpty() || doc.get().getFeature().isEmpty()) {
            return Optional.empty();
        }
        List<Step> candidates = new ArrayList<>();
        collect(doc.get().getFeature().get().getChildren(), scenarioLine, candidates);
        String wanted = stepText.strip();
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Step s = candidates.get(i);
            if (s.getText().strip().equals(wanted)) {
                Table table = s.getDataTable().map(t -> table(uri, t.getRows())).orElse(null);
                return Optional.of(new StepSource(s.getLocation().getLine().intValue(), table));
            }
        }
        return Optional.empty();
    }

    /** The steps that apply to the scenario: backgrounds first, the scenario's own last. */
    private static void collect(List<FeatureChild> children, int scenarioLine, List<Step> out) {
        List<Step> background = new ArrayList<>();
        for (FeatureChild child : children) {
            child.getBackground().ifPresent(b -> background.addAll(b.getSteps()));
            Optional<Scenario> scenario = child.getScenario();
            if (scenario.isPresent() && appliesTo(scenario.get(), scenarioLine)) {
                out.addAll(background);
                out.addAll(scenario.get().getSteps());
                return;
            }
            if (child.getRule().isPresent()) {
                List<Step> before = new ArrayList<>(background);
                for (var rc : child.getRule().get().getChildren()) {
                    rc.getBackground().ifPresent(b -> before.addAll(b.getSteps()));
                    if (rc.getScenario().isPresent() && appliesTo(rc.getScenario().get(), scenarioLine)) {
                        out.addAll(before);
                        out.addAll(rc.getScenario().get().getSteps());
                        return;
                    }
                }
            }
        }
        out.addAll(background);
    }

    /** A scenario, or an example row of a scenario outline, at that line. */
    private static boolean appliesTo(Scenario scenario, int line) {
        if (scenario.getLocation().getLine() == line) {
            return true;
        }
        return scenario.getExamples().stream().flatMap(e -> e.getTableBody().stream())
            .anyMatch(r -> r.getLocation().getLine() == line);
    }

    private static Optional<GherkinDocument> parse(Path sheet) {
        try {
            return GherkinParser.builder().includeSource(false).includePickles(false).build().parse(sheet)
                .map(Envelope::getGherkinDocument).flatMap(Optional::stream).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Table table(String uri, List<TableRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (TableRow row : rows) {
            cells.add(row.getCells().stream().map(c -> c.getValue()).toList());
            lines.add(row.getLocation().getLine().intValue());
        }
        return Table.of(uri, cells, lines);
    }
}
