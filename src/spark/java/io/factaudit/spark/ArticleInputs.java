package io.factaudit.spark;

import io.factaudit.audit.AuditSession;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.factaudit.input.Problems;
import io.factaudit.sheet.ArticleScope;
import io.factaudit.sheet.Paths;
import io.factaudit.sheet.ScenarioFacts;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;

/**
 * The articles of a run ({@link Schemas#ARTICLE}), each with the sheets and scenarios that cover
 * it: the files below the folders the sheets name (listed on the driver, as the single-machine
 * audit lists them, read by the workers), or the rows of a table whose paths fall in those folders.
 */
final class ArticleInputs {

    private ArticleInputs() {
    }

    /** A scenario's scope, as the workers match a table's paths against it. */
    record Scope(String sheet, String sheetHash, int scenario, String path, boolean folder) implements Serializable {
    }

    static Dataset<Row> folders(SparkSession spark, Path root, SheetSet sheets, Problems problems, int partitions) {
        Map<Path, Map<String, Set<Integer>>> byFile = new LinkedHashMap<>();
        for (ScenarioFacts s : sheets.scenarios()) {
            if (!sheets.sources().containsKey(s.uri())) {
                continue;
            }
            for (Path f : AuditSession.files(root, s, problems)) {
                byFile.computeIfAbsent(f, k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.uri(), k -> new LinkedHashSet<>()).add(s.line());
            }
        }
        List<Row> rows = new ArrayList<>(byFile.size());
        byFile.forEach((file, targets) -> rows.add(RowFactory.create(Paths.display(root, file),
            file.toAbsolutePath().normalize().toString(), null, null, null, null, Schemas.array(targets(sheets, targets)))));
        return spark.createDataFrame(rows, Schemas.ARTICLE).repartition(partitions);
    }

    /** A table of articles (Parquet, or JSON Lines: .json, .jsonl, .ndjson) with path, text and published, optional outlet and url. */
    static Dataset<Row> table(SparkSession spark, String table, Path root, SheetSet sheets, Problems problems, int partitions) {
        String lower = table.toLowerCase(Locale.ROOT);
        Dataset<Row> raw = lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
            ? spark.read().json(table) : spark.read().parquet(table);
        List<String> columns = Arrays.asList(raw.columns());
        for (String needed : List.of("path", "text")) {
            if (!columns.contains(needed)) {
                throw new IllegalArgumentException("the table " + table + " has no column \"" + needed + "\": it needs"
                    + " path, text and published (outlet and url are optional); it has " + String.join(", ", columns));
            }
        }
        long pathless = raw.filter(col("path").isNull().or(org.apache.spark.sql.functions.trim(col("path").cast("string"))
            .equalTo(""))).count();
        if (pathless > 0) {
            problems.add(table.contains("://") ? table : Paths.display(root, Path.of(table)), 0, pathless
                + (pathless == 1 ? " row" : " rows") + " of the table have no path (or are not rows of articles): they were"
                + " not audited; give every row its article's path, relative to the project");
        }
        Dataset<Row> articles = raw.select(col("path").cast("string"), lit(null).cast("string").as("file"),
            col("text").cast("string"), optional(columns, "published"), optional(columns, "outlet"), optional(columns, "url"));
        List<Scope> scopes = new ArrayList<>();
        for (ScenarioFacts s : sheets.scenarios()) {
            SheetSource source = sheets.sources().get(s.uri());
            for (ArticleScope scope : s.scopes()) {
                if (source != null) {
                    scopes.add(new Scope(s.uri(), source.hash(), s.line(), scope.path().toAbsolutePath().normalize().toString(),
                        scope.folder()));
                }
            }
        }
        Broadcast<List<Scope>> shared = spark.sparkContext().broadcast(scopes, scala.reflect.ClassTag$.MODULE$.apply(List.class));
        return articles.repartition(partitions)
            .mapPartitions(new Targets(shared, root.toString()), ExpressionEncoder.apply(Schemas.ARTICLE));
    }

    private static Column optional(List<String> columns, String name) {
        return columns.contains(name) ? col(name).cast("string").as(name) : lit(null).cast("string").as(name);
    }

    private static List<Row> targets(SheetSet sheets, Map<String, Set<Integer>> targets) {
        List<Row> rows = new ArrayList<>();
        targets.forEach((sheet, lines) -> rows.add(RowFactory.create(sheet, sheets.sources().get(sheet).hash(),
            Schemas.array(new ArrayList<>(lines)))));
        return rows;
    }

    /** Which scenarios cover each row of a table: those whose folder holds its path, or whose article it is. */
    private static final class Targets implements MapPartitionsFunction<Row, Row> {

        private static final long serialVersionUID = 1L;
        private final Broadcast<List<Scope>> scopes;
        private final String root;

        Targets(Broadcast<List<Scope>> scopes, String root) {
            this.scopes = scopes;
            this.root = root;
        }

        @Override
        public java.util.Iterator<Row> call(java.util.Iterator<Row> rows) {
            Path base = Path.of(root);
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                String path = r.getString(0);
                if (path == null || path.isBlank()) {
                    continue; // named by the driver, which counts such rows
                }
                Path article = base.resolve(path).toAbsolutePath().normalize();
                Map<String, Set<Integer>> bySheet = new LinkedHashMap<>();
                Map<String, String> hashes = new LinkedHashMap<>();
                for (Scope s : scopes.value()) {
                    Path in = Path.of(s.path());
                    if (s.folder() ? article.startsWith(in) : article.equals(in)) {
                        bySheet.computeIfAbsent(s.sheet(), k -> new LinkedHashSet<>()).add(s.scenario());
                        hashes.put(s.sheet(), s.sheetHash());
                    }
                }
                if (bySheet.isEmpty()) {
                    continue;
                }
                List<Row> targets = new ArrayList<>();
                bySheet.forEach((sheet, lines) -> targets.add(RowFactory.create(sheet, hashes.get(sheet),
                    Schemas.array(new ArrayList<>(lines)))));
                out.add(RowFactory.create(path, null, r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    Schemas.array(targets)));
            }
            return out.iterator();
        }
    }
}
