package io.factaudit.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.factaudit.baseline.Acknowledgements;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import io.factaudit.sheet.Paths;
import io.factaudit.sheet.SheetConflicts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.storage.StorageLevel;

/**
 * The archive audit on Spark, driven from the driver: sheets read once and broadcast, articles
 * hashed, each article and sheet whose hashes (and the harness version) match the previous run's
 * carried over, the rest audited by the workers, the four tables written anew and then the
 * reports written from them.
 */
final class ArchiveAudit {

    static final List<String> TABLES = List.of("audits", "claims", "findings", "problems");

    private final SparkSession spark;

    ArchiveAudit(SparkSession spark) {
        this.spark = spark;
    }

    RunSummary run(AuditOptions options) throws IOException {
        Path root = options.root();
        Problems problems = new Problems();
        SheetSet sheets = SheetSet.read(root, options.sheets(), problems);
        Path ackFile = root.resolve("features").resolve(Acknowledgements.FILE);
        Acknowledgements acks = Acknowledgements.load(ackFile, Paths.display(root, ackFile), problems);
        String harness = HarnessVersion.current();
        int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * options.tasksPerCore());

        Dataset<Row> articles = options.table() == null
            ? ArticleInputs.folders(spark, root, sheets, problems, partitions)
            : ArticleInputs.table(spark, options.table(), root, sheets, problems, partitions);
        Dataset<Row> hashed = articles.map(new ArticleHash(), ExpressionEncoder.apply(Schemas.HASHED_ARTICLE))
            .persist(StorageLevel.MEMORY_AND_DISK());
        PreviousRun previous = PreviousRun.read(spark, options.output());

        Dataset<Row> pairs = hashed.select(col("path"), col("article_hash"), explode(col("targets")).as("t"))
            .select(col("path"), col("t.sheet").as("sheet"), col("article_hash"), col("t.sheet_hash").as("sheet_hash"),
                col("t.scenarios").as("scenarios"));
        Dataset<Row> before = previous.audits().select(col("path"), col("sheet"), col("article_hash").as("before_article"),
            col("sheet_hash").as("before_sheet"), col("harness").as("before_harness"));
        Dataset<Row> state = pairs.join(before, seq("path", "sheet"), "left")
            .withColumn("carried", coalesce(col("before_article").equalTo(col("article_hash"))
                .and(col("before_sheet").equalTo(col("sheet_hash"))).and(col("before_harness").equalTo(lit(harness))), lit(false)))
            .persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> counts = state.groupBy("sheet", "carried").count().collectAsList();
        long toAudit = state.filter(col("carried").equalTo(false)).select("path").distinct().count();

        Dataset<Row> targets = state.filter(col("carried").equalTo(false)).groupBy("path")
            .agg(collect_list(struct(col("sheet"), col("sheet_hash"), col("scenarios"))).as("targets"));
        Dataset<Row> work = hashed.drop("targets").join(targets, "path")
            .select(columns(Schemas.HASHED_ARTICLE.fieldNames()))
            .repartition((int) Math.max(1, Math.min(partitions * 8L, Math.max(partitions, toAudit / 500))));
        Broadcast<Map<String, SheetSource>> shared = spark.sparkContext().broadcast(sheets.sources(),
            scala.reflect.ClassTag$.MODULE$.apply(Map.class));
        Dataset<Row> results = work.mapPartitions(new AuditTask(shared, root.toString(), harness),
            ExpressionEncoder.apply(Schemas.RESULT)).persist(StorageLevel.MEMORY_AND_DISK());

        SheetConflicts.among(sheets.scenarios()).forEach(problems::add);
        Dataset<Row> carried = state.filter(col("carried")).select("path", "sheet");
        String next = options.output() + ".next";
        write(audits(results, previous, carried), next, "audits");
        write(claims(results, previous, carried), next, "claims");
        write(findings(results, previous, carried, acks), next, "findings");
        write(problems(results, previous, carried, problems.all(), harness), next, "problems");
        RunSummary summary = RunSummary.of(counts, toAudit, sheets, previous, harness, options.output());
        OutputFolder.replace(spark, options.output(), next);
        results.unpersist();
        state.unpersist();
        hashed.unpersist();

        if (!options.reportScope().equals("none")) {
            summary = summary.withReport(ReportAssembly.write(spark, options, sheets, acks));
        }
        return summary;
    }

    private static Dataset<Row> audits(Dataset<Row> results, PreviousRun previous, Dataset<Row> carried) {
        return results.select(columns(Schemas.AUDITS.fieldNames()))
            .unionByName(previous.audits().join(carried, seq("path", "sheet"), "left_semi"));
    }

    private static Dataset<Row> claims(Dataset<Row> results, PreviousRun previous, Dataset<Row> carried) {
        return flat(results, "claims", Schemas.CLAIMS).unionByName(previous.claims().join(carried, seq("path", "sheet"), "left_semi"));
    }

    /** Findings, new and carried over, with their status read from today's acknowledgements. */
    private Dataset<Row> findings(Dataset<Row> results, PreviousRun previous, Dataset<Row> carried, Acknowledgements acks) {
        Dataset<Row> all = flat(results, "findings", Schemas.FINDINGS)
            .unionByName(previous.findings().join(carried, seq("path", "sheet"), "left_semi"));
        List<Row> keys = acks.entries().stream().map(a -> RowFactory.create(a.article(), a.text(), a.reason(), true)).toList();
        Dataset<Row> acknowledged = spark.createDataFrame(keys, new org.apache.spark.sql.types.StructType()
            .add("path", "string").add("text", "string").add("reason", "string").add("acknowledged", "boolean"));
        Column[] ordered = Arrays.stream(Schemas.FINDINGS.fieldNames())
            .map(n -> n.equals("status") ? when(col("acknowledged"), lit("acknowledged")).otherwise(lit("new")).as("status") : col(n))
            .toArray(Column[]::new);
        return all.join(broadcast(acknowledged), seq("path", "text", "reason"), "left").select(ordered);
    }

    /** The workers' problems and those carried over, with the run's own (sheets, folders, acknowledgements). */
    private Dataset<Row> problems(Dataset<Row> results, PreviousRun previous, Dataset<Row> carried, List<Problem> run,
                                  String harness) {
        List<Row> rows = new ArrayList<>();
        for (Problem p : run) {
            rows.add(RowFactory.create(p.path(), "", "", "", harness, null, p.path(), p.line(), p.message()));
        }
        return flat(results, "problems", Schemas.PROBLEMS)
            .unionByName(previous.problems().join(carried, seq("path", "sheet"), "left_semi"))
            .unionByName(spark.createDataFrame(rows, Schemas.PROBLEMS));
    }

    /** One row per item of a result's list, with the columns of its article and sheet. */
    private static Dataset<Row> flat(Dataset<Row> results, String list, org.apache.spark.sql.types.StructType table) {
        Dataset<Row> exploded = results.select(col("path"), col("sheet"), col("article_hash"), col("sheet_hash"),
            col("harness"), col("published"), explode(col(list)).as("item"));
        Column[] ordered = Arrays.stream(table.fieldNames())
            .map(n -> Arrays.asList(Schemas.PAIR).contains(n) || n.equals("published") ? col(n) : col("item." + n).as(n))
            .toArray(Column[]::new);
        return exploded.select(ordered);
    }

    private static void write(Dataset<Row> table, String folder, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(folder + "/" + name);
    }

    static Column[] columns(String... names) {
        return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(Arrays.asList(names)).toList();
    }
}
