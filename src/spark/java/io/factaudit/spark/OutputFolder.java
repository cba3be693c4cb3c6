package io.factaudit.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Puts a run's tables in place of the previous run's only once they are all written, so that a run
 * that stops halfway leaves the previous output whole (on any file system Spark writes to).
 */
final class OutputFolder {

    private OutputFolder() {
    }

    static void replace(SparkSession spark, String output, String next) throws IOException {
        Path out = new Path(output);
        Path written = new Path(next);
        Path old = new Path(output + ".previous");
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        fs.delete(old, true);
        if (fs.exists(out) && !fs.rename(out, old)) {
            throw new IOException("cannot move the previous output " + out + " aside to " + old);
        }
        if (!fs.rename(written, out)) {
            throw new IOException("cannot move the new tables " + written + " to " + out);
        }
        fs.delete(old, true);
    }
}
