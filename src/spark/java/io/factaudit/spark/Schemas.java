package io.factaudit.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The shapes of the job's rows. Claims and findings carry every field report.json gives them (and
 * the few a claim needs to be rebuilt exactly), plus where they come from: the article's path, the
 * sheet, and the content hashes of both with the harness version, by which a re-run knows what it
 * may carry over.
 */
final class Schemas {

    /** The columns that say which audit a row belongs to and what it was made from. */
    static final String[] PAIR = {"path", "sheet", "article_hash", "sheet_hash", "harness"};

    /** An article to audit and the sheets (with the lines of their scenarios) that cover it. */
    static final StructType TARGET = new StructType()
        .add("sheet", StringType, false)
        .add("sheet_hash", StringType, false)
        .add("scenarios", createArrayType(IntegerType, false), false);

    static final StructType ARTICLE = new StructType()
        .add("path", StringType, false)
        .add("file", StringType, true)
        .add("text", StringType, true)
        .add("published", StringType, true)
        .add("outlet", StringType, true)
        .add("url", StringType, true)
        .add("targets", createArrayType(TARGET, false), false);

    static final StructType HASHED_ARTICLE = ARTICLE.add("article_hash", StringType, false);

    /** Positions in an article row: rows handed between the job's functions may carry no schema to look names up in. */
    static final int PATH = 0;
    static final int FILE = 1;
    static final int TEXT = 2;
    static final int PUBLISHED = 3;
    static final int OUTLET = 4;
    static final int URL = 5;
    static final int TARGETS = 6;
    static final int ARTICLE_HASH = 7;

    static final StructType CLAIM = new StructType()
        .add("kind", StringType, false)
        .add("subject", StringType, true)
        .add("text", StringType, false)
        .add("start", IntegerType, false)
        .add("end", IntegerType, false)
        .add("line", IntegerType, false)
        .add("column", IntegerType, false)
        .add("low", LongType, true)
        .add("high", LongType, true)
        .add("source", StringType, true)
        .add("source_on_sheet", BooleanType, true)
        .add("earlier", BooleanType, true)
        .add("as_of", StringType, true)
        .add("state", StringType, true)
        .add("negated", BooleanType, true)
        .add("time_start", IntegerType, true)
        .add("time_end", IntegerType, true)
        .add("time_from", StringType, true)
        .add("time_to", StringType, true)
        .add("time_relative", BooleanType, true)
        .add("words", StringType, true)
        .add("speaker", StringType, true)
        .add("person", StringType, true)
        .add("title", StringType, true)
        .add("written", StringType, true)
        .add("event", StringType, true)
        .add("from", StringType, true)
        .add("to", StringType, true)
        .add("relative", BooleanType, true)
        .add("when", StringType, true);

    static final StructType FINDING = new StructType()
        .add("severity", StringType, false)
        .add("rule", StringType, false)
        .add("reason", StringType, false)
        .add("status", StringType, false)
        .add("text", StringType, false)
        .add("start", IntegerType, false)
        .add("end", IntegerType, false)
        .add("line", IntegerType, false)
        .add("column", IntegerType, false)
        .add("fact_uri", StringType, true)
        .add("fact_line", IntegerType, true)
        .add("message", StringType, false);

    static final StructType PROBLEM = new StructType()
        .add("problem_path", StringType, false)
        .add("line", IntegerType, false)
        .add("message", StringType, false);

    /** One article judged by one sheet: what the workers return. */
    static final StructType RESULT = pairColumns()
        .add("published", StringType, true)
        .add("outlet", StringType, true)
        .add("url", StringType, true)
        .add("audited", BooleanType, false)
        .add("claims", createArrayType(CLAIM, false), false)
        .add("findings", createArrayType(FINDING, false), false)
        .add("problems", createArrayType(PROBLEM, false), false);

    /** The tables written: one row per article and sheet, per claim, per finding, per problem. */
    static final StructType AUDITS = pairColumns()
        .add("published", StringType, true)
        .add("outlet", StringType, true)
        .add("url", StringType, true)
        .add("audited", BooleanType, false);
    static final StructType CLAIMS = flat(CLAIM);
    static final StructType FINDINGS = flat(FINDING);
    static final StructType PROBLEMS = flat(PROBLEM);

    private Schemas() {
    }

    private static StructType pairColumns() {
        return new StructType()
            .add("path", StringType, false)
            .add("sheet", StringType, false)
            .add("article_hash", StringType, false)
            .add("sheet_hash", StringType, false)
            .add("harness", StringType, false);
    }

    /** The pair's columns and the article's date, then the item's own. */
    private static StructType flat(StructType item) {
        StructType t = pairColumns().add("published", StringType, true);
        for (StructField f : item.fields()) {
            t = t.add(f.name(), f.dataType(), f.nullable());
        }
        return t;
    }

    /** A list as a row's array value (rows that Spark encodes hold Scala sequences). */
    static <T> scala.collection.immutable.Seq<T> array(java.util.List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }
}
