package io.factaudit.draft;

import io.factaudit.audit.AuditSession;
import io.factaudit.check.Finding;
import io.factaudit.check.Severity;
import io.factaudit.input.Problems;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a draft compares with a finished sheet of the same corpus, and what auditing the corpus with
 * the draft finds: estimate rows of the sheet the draft has (source, place, date and interval
 * right), rows with the right number but another date or hedge, drafted rows the sheet does not
 * have, rows citing a line that does not hold the figure's words, and the contradictions of the
 * round trip (each should be a figure the draft lists as a disagreement).
 */
public record DraftScore(int sheetRows, int found, int numberOnly, int draftedRows, int notInSheet, int miscited,
                         int contradictions, int contradictionsListed, int sheetProblems, int planted, int plantedListed,
                         int plantedFiguresAndQuotes, int plantedFiguresAndQuotesListed, List<String> details) {

    public DraftScore {
        details = List.copyOf(details);
    }

    public static DraftScore of(Path root, Draft draft, Path draftFile, Path sheetFile, Problems problems) {
        Facts sheet = SheetToDraft.read(root, sheetFile, problems).facts().facts();
        List<Estimate> rows = sheet.estimates();
        int found = 0;
        int numberOnly = 0;
        Set<DraftEstimate> matched = new HashSet<>();
        List<String> nearRows = new java.util.ArrayList<>();
        for (Estimate row : rows) {
            DraftEstimate exact = draft.estimates().stream().filter(d -> same(row, d) && row.asOf().equals(d.asOf())
                && row.count().equals(d.interval())).findFirst().orElse(null);
            if (exact != null) {
                found++;
                matched.add(exact);
                continue;
            }
            DraftEstimate near = draft.estimates().stream().filter(d -> same(row, d)
                && CountCells.number(row.count()).equals(CountCells.number(d.interval()))).findFirst().orElse(null);
            if (near != null) {
                numberOnly++;
                matched.add(near);
                nearRows.add("other date or hedge: the sheet's " + row.source() + (row.place() == null ? "" : " in " + row.place())
                    + " " + row.cell() + " as of " + row.asOf() + "; drafted " + near.cell() + " as of " + near.asOf()
                    + " from " + near.first().at());
            } else {
                nearRows.add("not drafted: the sheet's " + row.source() + (row.place() == null ? "" : " in " + row.place())
                    + " " + row.cell() + " as of " + row.asOf());
            }
        }
        int notInSheet = (int) draft.estimates().stream().filter(d -> !matched.contains(d)).count();
        int miscited = (int) draft.estimates().stream().filter(d -> d.citations().stream()
            .anyMatch(c -> !lineHolds(root, c))).count();
        Problems audit = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(root).read(draftFile, audit);
        int sheetProblems = audit.all().size();
        List<String> details = new java.util.ArrayList<>(nearRows);
        audit.all().forEach(p -> details.add("draft problem: " + p.format()));
        AuditSession session = AuditSession.open(root, audit);
        session.checkAll(scenarios);
        Set<String> listed = new HashSet<>();
        draft.disagreements().forEach(d -> d.sides().forEach(s -> s.citations().forEach(c -> listed.add(c.at()))));
        int contradictions = 0;
        int contradictionsListed = 0;
        for (Finding f : session.report().findings()) {
            if (f.severity() == Severity.CONTRADICTION) {
                contradictions++;
                boolean isListed = listed.contains(f.path() + ":" + f.position().line());
                if (isListed) {
                    contradictionsListed++;
                }
                details.add("round trip" + (isListed ? " (listed as a disagreement): " : ": ") + f.line());
            }
        }
        int planted = 0;
        int plantedListed = 0;
        int figures = 0;
        int figuresListed = 0;
        for (PlantedFindings.Planted p : plantedBeside(sheetFile, details).all()) {
            boolean isListed = PlantedFindings.listed(p, listed);
            boolean figure = PlantedFindings.FIGURES_AND_QUOTES.contains(p.reason());
            planted++;
            plantedListed += isListed ? 1 : 0;
            figures += figure ? 1 : 0;
            figuresListed += figure && isListed ? 1 : 0;
            details.add("planted " + p.reason() + (isListed ? " (listed as a disagreement): " : ", not listed: ") + p.at()
                + " \"" + p.words() + "\"");
        }
        return new DraftScore(rows.size(), found, numberOnly, draft.estimates().size(), notInSheet, miscited,
            contradictions, contradictionsListed, sheetProblems, planted, plantedListed, figures, figuresListed, details);
    }

    private static PlantedFindings plantedBeside(Path sheetFile, List<String> details) {
        try {
            return PlantedFindings.beside(sheetFile);
        } catch (java.io.IOException | RuntimeException e) {
            details.add("gold.json beside the sheet not read: " + e.getMessage());
            return new PlantedFindings(List.of());
        }
    }

    private static boolean same(Estimate row, DraftEstimate d) {
        return row.subject().equals(d.subject()) && row.source().equals(d.source()) && Objects.equals(row.place(), d.place());
    }

    /** The cited line holds the claim's words (their first line, when they run over two). */
    private static boolean lineHolds(Path root, Citation c) {
        try {
            List<String> lines = Files.readAllLines(root.resolve(c.path()));
            String words = c.words().lines().findFirst().orElse("");
            return c.line() >= 1 && c.line() <= lines.size() && lines.get(c.line() - 1).contains(words);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    public String describe() {
        return String.format("estimate rows found %d/%d (%.0f%%; source, date and interval right); %d more with the right"
                + " number but another date or hedge; %d rows drafted, %d not in the sheet, %d citing a line that does not"
                + " hold the figure; round trip: %d contradictions, %d of them listed as disagreements; %d sheet problems%s",
            found, sheetRows, sheetRows == 0 ? 0.0 : 100.0 * found / sheetRows, numberOnly, draftedRows, notInSheet,
            miscited, contradictions, contradictionsListed, sheetProblems, planted == 0 ? ""
                : String.format("; planted contradictions listed %d/%d (wrong figures and altered quotes %d/%d)",
                    plantedListed, planted, plantedFiguresAndQuotesListed, plantedFiguresAndQuotes));
    }
}
