package io.factaudit.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The tables a previous run left in the output folder, or empty tables on a first run. A run whose
 * tables cannot be read as this job writes them is not used: everything is audited again.
 */
record PreviousRun(Dataset<Row> audits, Dataset<Row> claims, Dataset<Row> findings, Dataset<Row> problems, boolean found) {

    static PreviousRun read(SparkSession spark, String output) throws IOException {
        org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(output, "audits/_SUCCESS");
        FileSystem fs = marker.getFileSystem(spark.sparkContext().hadoopConfiguration());
        boolean complete = true;
        for (String table : ArchiveAudit.TABLES) {
            complete &= fs.exists(new org.apache.hadoop.fs.Path(output, table + "/_SUCCESS"));
        }
        if (complete) {
            try {
                PreviousRun run = new PreviousRun(table(spark, output, "audits", Schemas.AUDITS),
                    table(spark, output, "claims", Schemas.CLAIMS), table(spark, output, "findings", Schemas.FINDINGS),
                    table(spark, output, "problems", Schemas.PROBLEMS), true);
                run.audits().limit(1).count(); // a table of another shape fails here, not halfway through the run
                return run;
            } catch (RuntimeException e) {
                System.err.println("fact-audit on Spark: the previous run's tables in " + output + " cannot be read ("
                    + e.getMessage().lines().findFirst().orElse("") + "); every article is audited again");
            }
        }
        return new PreviousRun(empty(spark, Schemas.AUDITS), empty(spark, Schemas.CLAIMS), empty(spark, Schemas.FINDINGS),
            empty(spark, Schemas.PROBLEMS), false);
    }

    private static Dataset<Row> table(SparkSession spark, String output, String name, StructType schema) {
        return spark.read().schema(schema).parquet(output + "/" + name);
    }

    private static Dataset<Row> empty(SparkSession spark, StructType schema) {
        return spark.createDataFrame(List.of(), schema);
    }
}
