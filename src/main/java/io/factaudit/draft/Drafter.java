package io.factaudit.draft;

import io.factaudit.input.Problems;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drafts a fact sheet from a corpus: reads every article once, then runs the audit's readers with
 * facts built for each part of the draft (counts, quotes, titles, dates) and gathers what the
 * articles say into rows, each citing the lines that state it, and the articles that disagree.
 */
public final class Drafter {

    private final Path root;

    public Drafter(Path root) {
        this.root = root;
    }

    /**
     * A draft from what a sheet states (its articles and names; with {@code namesOnly} false, also
     * the subjects of its estimates, its milestones' states, its events and its people, to re-date
     * and re-read from the articles).
     */
    public Draft fromSheet(Path sheet, boolean namesOnly, Problems problems) {
        SheetToDraft.Sheet read = SheetToDraft.read(root, sheet, problems);
        ScenarioFacts scenario = read.facts();
        List<Path> scopes = scenario.scopes().stream().map(s -> s.path()).toList();
        if (scopes.isEmpty()) {
            problems.add(scenario.uri(), 0, "the sheet names no articles: add Given the articles in \"<folder>\"");
        }
        Facts facts = scenario.facts();
        DraftCorpus corpus = DraftCorpus.read(root, scopes, problems);
        List<String> subjects = namesOnly ? List.of()
            : facts.estimates().stream().map(Estimate::subject).distinct().toList();
        return draft(read.title(), scopes, corpus, facts.names(), subjects, facts, namesOnly);
    }

    /**
     * A draft from a folder of articles and no sheet: the names are the subjects the articles count
     * and the sources they cite most, found by {@link CorpusNames}.
     */
    public Draft fromFolder(Path folder, Problems problems) {
        DraftCorpus corpus = DraftCorpus.read(root, List.of(folder), problems);
        List<Name> names = CorpusNames.of(corpus);
        if (names.isEmpty()) {
            problems.add(io.factaudit.sheet.Paths.display(root, folder), 0, "with no sheet, the draft finds no names yet:"
                + " write a sheet with Given the articles in \"<folder>\" and these names (subjects and sources), then"
                + " suggest <sheet>; quotes are drafted all the same");
        }
        Facts none = new Facts(names, List.of(), List.of(), List.of(), List.of(), List.of(), io.factaudit.sheet.Policy.DEFAULT);
        return draft(folder.getFileName().toString(), List.of(folder), corpus, names, List.of(), none, true);
    }

    private Draft draft(String title, List<Path> scopes, DraftCorpus corpus, List<Name> names, List<String> given,
                        Facts sheet, boolean namesOnly) {
        LocalDate first = corpus.documents().stream().map(d -> d.article().published()).filter(Objects::nonNull)
            .min(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
        List<String> subjects = given.isEmpty() ? CountedSubjects.among(corpus, names, first, sheet.policy(),
            sheet.places()) : given;
        EstimateDrafter estimates = new EstimateDrafter(corpus, names, first, sheet.policy(), sheet.places());
        var counts = estimates.counts(subjects);
        List<DraftEstimate> rows = estimates.rows(subjects, counts);
        List<Disagreement> disagreements = new ArrayList<>(CountDisagreements.among(
            counts.stream().filter(c -> c.claim().source() != null).toList()));
        QuoteDrafter.Result quotes = new QuoteDrafter(corpus, names, sheet.policy()).draft();
        disagreements.addAll(quotes.disagreements());
        PeopleDrafter.Result people = new PeopleDrafter(corpus, names, sheet.places(), sheet.policy())
            .draft(quotes.quotes().stream().map(DraftQuote::speaker).distinct().toList(), namesOnly ? List.of() : sheet.people());
        disagreements.addAll(people.disagreements());
        DatesDrafter.Result dates = namesOnly ? new DatesDrafter.Result(List.of(), List.of(), List.of())
            : new DatesDrafter(corpus, names, sheet.policy()).draft(sheet.milestones(), sheet.events());
        disagreements.addAll(dates.disagreements());
        return new Draft(title, scopes, names, sheet.places(), subjects, rows, dates.milestones(), quotes.quotes(),
            people.people(), dates.events(),
            disagreements, corpus.documents().size());
    }
}
