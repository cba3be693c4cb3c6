package io.factaudit.spark;

import io.factaudit.article.Span;
import io.factaudit.article.TextPosition;
import io.factaudit.check.Finding;
import io.factaudit.check.Reason;
import io.factaudit.check.Status;
import io.factaudit.input.Problem;
import io.factaudit.sheet.FactLocation;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Findings and problems as rows ({@link Schemas#FINDING}, {@link Schemas#PROBLEM}), and back. */
final class FindingRows {

    private static final Map<String, Reason> REASONS = Arrays.stream(Reason.values())
        .collect(Collectors.toMap(Reason::label, Function.identity()));

    private FindingRows() {
    }

    static Row of(Finding f) {
        return RowFactory.create(f.severity().label(), f.rule(), f.reason().label(), f.status().label(), f.text(),
            f.span().start(), f.span().end(), f.position().line(), f.position().column(),
            f.fact() == null ? null : f.fact().uri(), f.fact() == null ? null : f.fact().line(), f.message());
    }

    /** The finding a row of the findings table holds, for the article at {@code path}. */
    static Finding finding(Row r, String path) {
        int factLine = r.fieldIndex("fact_line");
        String factUri = r.getString(r.fieldIndex("fact_uri"));
        String reason = r.getString(r.fieldIndex("reason"));
        Reason parsed = REASONS.get(reason);
        if (parsed == null) {
            throw new IllegalArgumentException("a findings table row with an unknown reason \"" + reason + "\"");
        }
        return new Finding(path, new Span(r.getInt(r.fieldIndex("start")), r.getInt(r.fieldIndex("end"))),
            new TextPosition(r.getInt(r.fieldIndex("line")), r.getInt(r.fieldIndex("column"))),
            r.getString(r.fieldIndex("text")), r.getString(r.fieldIndex("rule")), parsed,
            "acknowledged".equals(r.getString(r.fieldIndex("status"))) ? Status.ACKNOWLEDGED : Status.NEW,
            factUri == null ? null : new FactLocation(factUri, r.getInt(factLine)), r.getString(r.fieldIndex("message")));
    }

    static Row of(Problem p) {
        return RowFactory.create(p.path(), p.line(), p.message());
    }

    static Problem problem(Row r) {
        return new Problem(r.getString(r.fieldIndex("problem_path")), r.getInt(r.fieldIndex("line")),
            r.getString(r.fieldIndex("message")));
    }
}
