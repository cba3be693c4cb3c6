package io.factaudit.sheet;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Step;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Reads fact sheets without the Cucumber runtime (for the command line, the evaluation and the
 * benchmark): each scenario that checks ("Then every article agrees with these facts") becomes
 * its facts, Background included, through the same {@link FactsBuilder} the steps use.
 */
public final class FactSheetReader {

    private final Path root;

    /** @param root the project root, against which sheet paths are reported */
    public FactSheetReader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every sheet (.feature) at a path: a file, or every sheet below a folder. */
    public List<ScenarioFacts> readAll(Path path, Problems problems) {
        List<ScenarioFacts> all = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> p.toString().endsWith(".feature")).sorted().forEach(p -> all.addAll(read(p, problems)));
            } catch (IOException e) {
                problems.add(displayPath(path), 0, "the folder cannot be read (" + e.getMessage() + ")");
            }
        } else if (Files.isRegularFile(path)) {
            all.addAll(read(path, problems));
        } else {
            problems.add(displayPath(path), 0, "there is no fact sheet here: give a .feature file or a folder of them");
        }
        return all;
    }

    /** The checking scenarios of one sheet; problems in it are named, never thrown. */
    public List<ScenarioFacts> read(Path sheet, Problems problems) {
        return read(sheet, parser -> parser.parse(sheet), problems);
    }

    /**
     * The checking scenarios of a sheet whose bytes were read elsewhere (a distributed audit reads
     * each sheet once and hands its bytes to every worker); {@code sheet} names it and places its scopes.
     */
    public List<ScenarioFacts> read(Path sheet, byte[] source, Problems problems) {
        return read(sheet, parser -> parser.parse(displayPath(sheet), source), problems);
    }

    private interface Parse {
        Stream<Envelope> apply(GherkinParser parser) throws IOException;
    }

    private List<ScenarioFacts> read(Path sheet, Parse parse, Problems problems) {
        String uri = displayPath(sheet);
        GherkinDocument document;
        try {
            List<Envelope> envelopes = parse.apply(GherkinParser.builder().includeSource(false).includePickles(false)
                .build()).toList();
            for (Envelope e : envelopes) {
                e.getParseError().ifPresent(error -> problems.add(uri,
                    error.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(0),
                    "the sheet is not valid Gherkin: " + error.getMessage()));
            }
            document = envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            problems.add(uri, 0, "the sheet cannot be read (" + e.getMessage() + ")");
            return List.of();
        }
        if (document == null || document.getFeature().isEmpty()) {
            return List.of();
        }
        Feature feature = document.getFeature().get();
        List<Step> background = new ArrayList<>();
        List<ScenarioFacts> result = new ArrayList<>();
        Path folder = sheet.toAbsolutePath().getParent();
        for (FeatureChild child : feature.getChildren()) {
            child.getBackground().ifPresent(b -> background.addAll(b.getSteps()));
            child.getScenario().ifPresent(s -> scenario(uri, folder, background, s.getName(),
                s.getLocation().getLine().intValue(), s.getSteps(), problems, result));
            child.getRule().ifPresent(rule -> {
                List<Step> ruleBackground = new ArrayList<>(background);
                rule.getChildren().forEach(rc -> {
                    rc.getBackground().ifPresent(b -> ruleBackground.addAll(b.getSteps()));
                    rc.getScenario().ifPresent(s -> scenario(uri, folder, ruleBackground, s.getName(),
                        s.getLocation().getLine().intValue(), s.getSteps(), problems, result));
                });
            });
        }
        return result;
    }

    private void scenario(String uri, Path folder, List<Step> background, String name, int line, List<Step> steps,
                          Problems problems, List<ScenarioFacts> out) {
        FactsBuilder builder = new FactsBuilder(uri, folder);
        boolean checks = false;
        List<Step> all = new ArrayList<>(background);
        all.addAll(steps);
        for (Step step : all) {
            checks |= apply(builder, uri, step, problems);
        }
        ScenarioFacts facts = builder.build(name, line);
        builder.problems().forEach(problems::add);
        if (checks) {
            out.add(facts);
        }
    }

    /** Applies one step; true when it is the check. Unknown steps are named with the known ones. */
    private static boolean apply(FactsBuilder builder, String uri, Step step, Problems problems) {
        String text = step.getText().strip();
        int line = step.getLocation().getLine().intValue();
        Table table = step.getDataTable().map(t -> SheetIndex.table(uri, t.getRows())).orElse(null);
        Matcher m;
        if ((m = StepVocabulary.match(StepVocabulary.ARTICLES_IN, text)) != null) {
            builder.articlesIn(m.group(1), line);
        } else if ((m = StepVocabulary.match(StepVocabulary.ARTICLE, text)) != null) {
            builder.article(m.group(1), line);
        } else if (StepVocabulary.match(StepVocabulary.CHECK, text) != null) {
            return true;
        } else if (StepVocabulary.match(StepVocabulary.WARNINGS_FAIL, text) != null) {
            builder.warningsFail();
        } else if ((m = StepVocabulary.match(StepVocabulary.TOLERANCE, text)) != null) {
            builder.tolerance(Double.parseDouble(m.group(1)), line);
        } else if (table == null && isTableStep(text)) {
            problems.add(new Problem(uri, line, "this step needs a table below it: \"" + text + "\""));
        } else if (StepVocabulary.match(StepVocabulary.NAMES, text) != null) {
            builder.names(table);
        } else if ((m = StepVocabulary.match(StepVocabulary.ESTIMATES, text)) != null) {
            builder.estimates(m.group(1), table);
        } else if ((m = StepVocabulary.match(StepVocabulary.MILESTONES, text)) != null) {
            builder.milestones(m.group(1), table);
        } else if (StepVocabulary.match(StepVocabulary.QUOTES, text) != null) {
            builder.quotes(table);
        } else if (StepVocabulary.match(StepVocabulary.PEOPLE, text) != null) {
            builder.people(table);
        } else if (StepVocabulary.match(StepVocabulary.EVENTS, text) != null) {
            builder.events(table);
        } else {
            problems.add(new Problem(uri, line, "unknown step \"" + step.getKeyword().strip() + " " + text
                + "\": the steps are " + String.join("; ", StepVocabulary.readable())));
        }
        return false;
    }

    private static boolean isTableStep(String text) {
        return text.endsWith(":");
    }

    /** A path relative to the project root, '/' separated; absolute when outside the root's tree. */
    public String displayPath(Path path) {
        return Paths.display(root, path);
    }
}
