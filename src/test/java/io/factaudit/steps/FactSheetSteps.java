package io.factaudit.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.factaudit.audit.ScenarioResult;
import io.factaudit.input.Problems;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import io.factaudit.sheet.Paths;
import io.factaudit.sheet.ScenarioFacts;
import io.factaudit.sheet.SheetIndex;
import io.factaudit.sheet.StepVocabulary;
import io.factaudit.sheet.Table;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fact-sheet language as Cucumber steps: a thin layer that hands each step to the engine's
 * {@link FactsBuilder} and, at the check, the scenario's facts to the audit session.
 */
public class FactSheetSteps {

    private static final SheetIndex INDEX = new SheetIndex();

    private Path sheet;
    private String uri;
    private String scenarioName;
    private int scenarioLine;
    private FactsBuilder facts;

    @Before
    public void startScenario(io.cucumber.java.Scenario scenario) {
        URI location = scenario.getUri();
        sheet = "file".equals(location.getScheme()) ? Path.of(location) : Path.of(location.getSchemeSpecificPart());
        uri = Paths.display(AuditRun.root(), sheet);
        scenarioName = scenario.getName();
        scenarioLine = scenario.getLine();
        facts = new FactsBuilder(uri, sheet.toAbsolutePath().getParent());
    }

    @Given(StepVocabulary.ARTICLES_IN)
    public void theArticlesIn(String folder) {
        facts.articlesIn(folder, lineOf("the articles in \"" + folder + "\""));
    }

    @Given(StepVocabulary.ARTICLE)
    public void theArticle(String file) {
        facts.article(file, lineOf("the article \"" + file + "\""));
    }

    @Given(StepVocabulary.NAMES)
    public void theseNames(DataTable table) {
        facts.names(table("these names:", table));
    }

    @Given(StepVocabulary.PLACES)
    public void thesePlaces(DataTable table) {
        facts.places(table("these places:", table));
    }

    @Given(StepVocabulary.ESTIMATES)
    public void theseEstimates(String subject, DataTable table) {
        facts.estimates(subject, table("these estimates of \"" + subject + "\":", table));
    }

    @Given(StepVocabulary.MILESTONES)
    public void theseMilestones(String subject, DataTable table) {
        facts.milestones(subject, table("these milestones of \"" + subject + "\":", table));
    }

    @Given(StepVocabulary.QUOTES)
    public void theseQuotes(DataTable table) {
        facts.quotes(table("these quotes:", table));
    }

    @Given(StepVocabulary.PEOPLE)
    public void thesePeople(DataTable table) {
        facts.people(table("these people:", table));
    }

    @Given(StepVocabulary.EVENTS)
    public void theseEvents(DataTable table) {
        facts.events(table("these events:", table));
    }

    @Given(StepVocabulary.TOLERANCE)
    public void countsWithin(String percent) {
        facts.tolerance(Double.parseDouble(percent), lineOf("counts within " + percent + "% agree"));
    }

    @Given(StepVocabulary.WARNINGS_FAIL)
    public void warningsCountAsFailures() {
        facts.warningsFail();
    }

    @Then(StepVocabulary.CHECK)
    public void everyArticleAgreesWithTheseFacts() {
        var scenario = sheetWide(facts.build(scenarioName, scenarioLine));
        var session = AuditRun.session();
        facts.problems().forEach(session.problems()::add);
        ScenarioResult result = session.check(scenario, facts.problems());
        if (!result.passes()) {
            throw new AuditFailure(result.failureMessage());
        }
    }

    /** The scenario's facts told the subjects of the sheet's other scenarios, as the engine's reader tells them. */
    private ScenarioFacts sheetWide(ScenarioFacts built) {
        List<ScenarioFacts> all = new FactSheetReader(AuditRun.root()).read(sheet, new Problems());
        if (all.isEmpty()) {
            return built;
        }
        Facts told = built.facts().withSheet(all.stream().map(f -> f.facts().estimates()).toList(),
            all.stream().map(f -> f.facts().milestones()).toList());
        return new ScenarioFacts(built.uri(), built.name(), built.line(), built.scopes(), told);
    }

    private int lineOf(String stepText) {
        return INDEX.find(sheet, uri, scenarioLine, stepText).map(SheetIndex.StepSource::line).orElse(scenarioLine);
    }

    /** The table as it stands in the sheet (with a line per row); Cucumber's cells when it cannot be found. */
    private Table table(String stepText, DataTable cells) {
        var found = INDEX.find(sheet, uri, scenarioLine, stepText);
        if (found.isPresent() && found.get().table() != null) {
            return found.get().table();
        }
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < cells.height(); i++) {
            lines.add(scenarioLine);
        }
        return Table.of(uri, cells.cells(), lines);
    }
}
