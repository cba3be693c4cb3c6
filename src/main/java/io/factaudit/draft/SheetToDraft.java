package io.factaudit.draft;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Step;
import io.factaudit.input.Problems;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.FactsBuilder;
import io.factaudit.sheet.Paths;
import io.factaudit.sheet.ScenarioFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet read whole, to draft from: its Background and every scenario's steps gathered into one
 * set of facts. Unlike an audit it needs no check step, so a sheet that only lists its articles and
 * names (a Background alone) is enough. Steps a draft does not use are left aside.
 */
final class SheetToDraft {

    private SheetToDraft() {
    }

    /** The sheet's facts and title; its problems are named in {@code problems}, never thrown. */
    static Sheet read(Path root, Path sheet, Problems problems) {
        String uri = Paths.display(root, sheet);
        FactsBuilder builder = new FactsBuilder(uri, sheet.toAbsolutePath().getParent());
        String title = sheet.getFileName().toString().replaceFirst("\\.feature$", "");
        try {
            List<Envelope> envelopes = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse(sheet).toList();
            for (Envelope e : envelopes) {
                e.getParseError().ifPresent(error -> problems.add(uri,
                    error.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(0),
                    "the sheet is not valid Gherkin: " + error.getMessage()));
            }
            GherkinDocument document = envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).findFirst().orElse(null);
            Feature feature = document == null ? null : document.getFeature().orElse(null);
            if (feature != null) {
                title = feature.getName();
                for (Step step : steps(feature)) {
                    apply(builder, uri, step);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(uri, 0, "the sheet cannot be read (" + e.getMessage() + ")");
        }
        ScenarioFacts facts = builder.build(title, 1);
        builder.problems().forEach(problems::add);
        return new Sheet(title, facts);
    }

    /** A sheet's title and everything it states. */
    record Sheet(String title, ScenarioFacts facts) {
    }

    private static List<Step> steps(Feature feature) {
        List<Step> all = new ArrayList<>();
        for (FeatureChild child : feature.getChildren()) {
            child.getBackground().ifPresent(b -> all.addAll(b.getSteps()));
            child.getScenario().ifPresent(s -> all.addAll(s.getSteps()));
            child.getRule().ifPresent(rule -> rule.getChildren().forEach(rc -> {
                rc.getBackground().ifPresent(b -> all.addAll(b.getSteps()));
                rc.getScenario().ifPresent(s -> all.addAll(s.getSteps()));
            }));
        }
        return all;
    }

    /** One step, read as the audit reads it (the sheet's problems are the audit's to name, not the draft's). */
    private static void apply(FactsBuilder builder, String uri, Step step) {
        FactSheetReader.apply(builder, uri, step, new Problems());
    }
}
