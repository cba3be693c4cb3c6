package io.factaudit.spark;

import io.factaudit.article.Article;
import io.factaudit.article.ArticleReader;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import io.factaudit.language.Document;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The work of a worker: each article ({@link Schemas#HASHED_ARTICLE}) read once and judged by the
 * scenarios of every sheet that covers it, one {@link Schemas#RESULT} row per sheet. An article
 * that cannot be read, or a check that fails on it, is a problem row, as in the single-machine audit.
 */
final class AuditTask implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<Map<String, SheetSource>> sheets;
    private final String root;
    private final String harness;

    AuditTask(Broadcast<Map<String, SheetSource>> sheets, String root, String harness) {
        this.sheets = sheets;
        this.root = root;
        this.harness = harness;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, 0), false)
            .flatMap(a -> audit(a).stream()).iterator();
    }

    private List<Row> audit(Row row) {
        String path = row.getString(Schemas.PATH);
        Problems read = new Problems();
        Optional<Article> article = read(row, path, read);
        Document document = article.map(Document::new).orElse(null);
        List<Row> results = new ArrayList<>();
        for (Row target : row.<Row>getList(Schemas.TARGETS)) {
            SheetSource sheet = sheets.value().get(target.getString(0));
            Problems problems = new Problems();
            read.all().forEach(problems::add);
            ArticleAudit audit = document == null ? null : judge(document, sheet, target.getList(2),
                problems);
            results.add(result(row, path, sheet, article.orElse(null), audit, problems.all()));
        }
        return results;
    }

    private static Optional<Article> read(Row row, String path, Problems problems) {
        String file = row.getString(Schemas.FILE);
        if (file == null) {
            return TableArticle.read(path, row.getString(Schemas.TEXT), row.getString(Schemas.PUBLISHED),
                problems);
        }
        try {
            return Optional.of(new ArticleReader().read(Path.of(file), path, problems));
        } catch (InputException e) {
            problems.add(e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(path, 0, "the article could not be read (" + e + "); the rest of the audit goes on");
        }
        return Optional.empty();
    }

    /** The article judged by the sheet's scenarios that cover it, merged in the sheet's order; null when none could judge it. */
    private ArticleAudit judge(Document document, SheetSource sheet, List<Integer> lines, Problems problems) {
        Map<Integer, ScenarioFacts> scenarios = WorkerEngine.scenarios(sheet, root);
        ArticleAudit merged = null;
        for (int line : lines) {
            ScenarioFacts scenario = scenarios.get(line);
            if (scenario == null) {
                problems.add(sheet.uri(), line, "the workers found no checking scenario at this line of the sheet the"
                    + " driver read: the sheet changed during the run; run the audit again");
                continue;
            }
            try {
                ArticleAudit a = WorkerEngine.auditor().audit(document, scenario.facts());
                merged = merged == null ? a : merged.merge(a);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(document.article().path(), 0, "the article could not be audited against \"" + scenario.name()
                    + "\" (" + e + "): this is a defect of the audit, not of the article; please report it with the"
                    + " article. The rest of the audit goes on");
            }
        }
        return merged;
    }

    private Row result(Row row, String path, SheetSource sheet, Article article, ArticleAudit audit, List<Problem> problems) {
        List<Row> claims = new ArrayList<>();
        List<Row> findings = new ArrayList<>();
        if (audit != null) {
            audit.claims().forEach(c -> claims.add(ClaimRows.of(article, c)));
            audit.findings().forEach(f -> findings.add(FindingRows.of(f)));
        }
        String published = article != null ? (article.published() == null ? null : article.published().toString())
            : row.getString(Schemas.PUBLISHED);
        return RowFactory.create(path, sheet.uri(), row.getString(Schemas.ARTICLE_HASH), sheet.hash(), harness,
            published, row.getString(Schemas.OUTLET), row.getString(Schemas.URL), audit != null,
            Schemas.array(claims), Schemas.array(findings), Schemas.array(problems.stream().map(FindingRows::of).toList()));
    }
}
