package io.factaudit.sheet;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.Tag;
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
        for (SheetRead sheet : readSheets(path, problems)) {
            sheet.problems().forEach(problems::add);
            sheet.scenarios().forEach(s -> s.problems().forEach(problems::add));
            all.addAll(sheet.checking());
        }
        return all;
    }

    /**
     * Every sheet at a path, each read on its own: one that is not valid Gherkin is named with its
     * line and never stops the others. A path with no sheet is a problem added to {@code problems}.
     */
    public List<SheetRead> readSheets(Path path, Problems problems) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(p -> p.toString().endsWith(".feature") && Files.isRegularFile(p)).sorted()
                    .map(this::readSheet).toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(displayPath(path), 0, "the folder cannot be read (" + e.getMessage() + ")");
                return List.of();
            }
        } else if (Files.isRegularFile(path)) {
            return List.of(readSheet(path));
        }
        problems.add(displayPath(path), 0, "there is no fact sheet here: give a .feature file or a folder of them");
        return List.of();
    }

    /** The checking scenarios of one sheet; problems in it are named, never thrown. */
    public List<ScenarioFacts> read(Path sheet, Problems problems) {
        return checking(readSheet(sheet), problems);
    }

    /**
     * The checking scenarios of a sheet whose bytes were read elsewhere (a distributed audit reads
     * each sheet once and hands its bytes to every worker); {@code sheet} names it and places its scopes.
     */
    public List<ScenarioFacts> read(Path sheet, byte[] source, Problems problems) {
        return checking(readSheet(sheet, parser -> parser.parse(displayPath(sheet), source)), problems);
    }

    private static List<ScenarioFacts> checking(SheetRead read, Problems problems) {
        read.problems().forEach(problems::add);
        read.scenarios().forEach(s -> s.problems().forEach(problems::add));
        return read.checking();
    }

    /** One sheet: its scenarios with their own problems, or why it could not be read. */
    public SheetRead readSheet(Path sheet) {
        return readSheet(sheet, parser -> parser.parse(sheet));
    }

    private interface Parse {
        Stream<Envelope> apply(GherkinParser parser) throws IOException;
    }

    private SheetRead readSheet(Path sheet, Parse parse) {
        String uri = displayPath(sheet);
        List<Problem> sheetProblems = new ArrayList<>();
        GherkinDocument document;
        try {
            List<Envelope> envelopes = parse.apply(GherkinParser.builder().includeSource(false).includePickles(false)
                .build()).toList();
            for (Envelope e : envelopes) {
                e.getParseError().ifPresent(error -> sheetProblems.add(new Problem(uri,
                    error.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(0),
                    GherkinErrors.explain(error.getMessage()))));
            }
            document = envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            sheetProblems.add(new Problem(uri, 0, "the sheet cannot be read (" + e.getMessage() + ")"));
            return new SheetRead(uri, "", List.of(), sheetProblems, List.of());
        }
        if (!sheetProblems.isEmpty()) {
            return new SheetRead(uri, "", List.of(), sheetProblems, List.of());
        }
        if (document == null || document.getFeature().isEmpty()) {
            return new SheetRead(uri, "", List.of(), List.of(), List.of(new Problem(uri, 0,
                "the sheet is empty, so it checks nothing: write a Feature with a Scenario that ends"
                    + " \"Then every article agrees with these facts\" (see the README), or remove the file")));
        }
        Feature feature = document.getFeature().get();
        List<String> featureTags = feature.getTags().stream().map(Tag::getName).toList();
        List<Step> background = new ArrayList<>();
        List<SheetScenario> result = new ArrayList<>();
        Path folder = sheet.toAbsolutePath().getParent();
        for (FeatureChild child : feature.getChildren()) {
            child.getBackground().ifPresent(b -> background.addAll(b.getSteps()));
            child.getScenario().ifPresent(s -> result.add(scenario(uri, folder, background, s, featureTags)));
            child.getRule().ifPresent(rule -> {
                List<Step> ruleBackground = new ArrayList<>(background);
                List<String> ruleTags = new ArrayList<>(featureTags);
                rule.getTags().forEach(t -> ruleTags.add(t.getName()));
                rule.getChildren().forEach(rc -> {
                    rc.getBackground().ifPresent(b -> ruleBackground.addAll(b.getSteps()));
                    rc.getScenario().ifPresent(s -> result.add(scenario(uri, folder, ruleBackground, s, ruleTags)));
                });
            });
        }
        List<SheetScenario> scenarios = sheetWide(result);
        List<Problem> warnings = new ArrayList<>();
        int line = feature.getLocation().getLine().intValue();
        if (scenarios.isEmpty()) {
            warnings.add(new Problem(uri, line, "the sheet has no scenario, so it checks nothing: add a Scenario that"
                + " states facts and ends \"Then every article agrees with these facts\""));
        }
        for (SheetScenario s : scenarios) {
            if (!s.checks() && !s.facts().facts().isEmpty()) {
                warnings.add(new Problem(uri, s.facts().line(), "the scenario \"" + s.facts().name() + "\" states facts but"
                    + " checks nothing: end it with \"Then every article agrees with these facts\""));
            }
        }
        return new SheetRead(uri, feature.getName(), scenarios, List.of(), warnings);
    }

    /** Each scenario's facts told what the whole sheet counts and follows over time (its subjects), for the judging of sources. */
    private static List<SheetScenario> sheetWide(List<SheetScenario> scenarios) {
        List<List<Estimate>> estimates = scenarios.stream().map(s -> s.facts().facts().estimates()).toList();
        List<List<Milestone>> milestones = scenarios.stream().map(s -> s.facts().facts().milestones()).toList();
        List<SheetScenario> told = new ArrayList<>();
        for (SheetScenario s : scenarios) {
            ScenarioFacts f = s.facts();
            told.add(new SheetScenario(new ScenarioFacts(f.uri(), f.name(), f.line(), f.scopes(),
                f.facts().withSheet(estimates, milestones)), s.tags(), s.problems(), s.checks()));
        }
        return told;
    }

    private SheetScenario scenario(String uri, Path folder, List<Step> background, Scenario scenario, List<String> outerTags) {
        FactsBuilder builder = new FactsBuilder(uri, folder);
        Problems problems = new Problems();
        boolean checks = false;
        List<Step> all = new ArrayList<>(background);
        all.addAll(scenario.getSteps());
        List<Subject> subjects = new ArrayList<>();
        for (Step step : all) {
            checks |= apply(builder, uri, step, problems);
            subject(step).ifPresent(s -> subjects.add(new Subject(s, step.getLocation().getLine().intValue())));
        }
        ScenarioFacts facts = builder.build(scenario.getName(), scenario.getLocation().getLine().intValue());
        builder.problems().forEach(problems::add);
        for (Subject s : subjects) {
            NearestName.forSubject(s.words(), facts.facts().names()).ifPresent(name -> problems.add(uri, s.line(),
                "the subject \"" + s.words() + "\" is not a name of this sheet but is close to \"" + name + "\": write \""
                    + name + "\" (or, if \"" + s.words() + "\" is meant, add it to \"these names\")"));
        }
        SheetConflicts.within(facts).forEach(problems::add);
        List<String> tags = new ArrayList<>(outerTags);
        scenario.getTags().forEach(t -> tags.add(t.getName()));
        return new SheetScenario(facts, tags, problems.all(), checks);
    }

    private record Subject(String words, int line) {
    }

    /** The subject a table step names ("these estimates of \"strikers\":"), if it names one. */
    private static java.util.Optional<String> subject(Step step) {
        Matcher m = StepVocabulary.match(StepVocabulary.ESTIMATES, step.getText().strip());
        if (m == null) {
            m = StepVocabulary.match(StepVocabulary.MILESTONES, step.getText().strip());
        }
        return m == null ? java.util.Optional.empty() : java.util.Optional.of(m.group(1));
    }

    /** Applies one step; true when it is the check. Unknown steps are named with the known ones. */
    public static boolean apply(FactsBuilder builder, String uri, Step step, Problems problems) {
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
        } else if (StepVocabulary.match(StepVocabulary.PLACES, text) != null) {
            builder.places(table);
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
