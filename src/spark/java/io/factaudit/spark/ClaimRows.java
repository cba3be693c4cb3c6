package io.factaudit.spark;

import io.factaudit.article.Article;
import io.factaudit.article.Span;
import io.factaudit.article.TextPosition;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.claim.TitleClaim;
import io.factaudit.text.date.DateMention;
import io.factaudit.quantity.Interval;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** A claim as a row of {@link Schemas#CLAIM}, and back: the same claim, field for field. */
final class ClaimRows {

    private ClaimRows() {
    }

    static Row of(Article article, Claim claim) {
        Object[] v = new Object[Schemas.CLAIM.size()];
        TextPosition p = article.positionOf(claim.span().start());
        v[0] = claim.kind();
        v[2] = claim.text();
        v[3] = claim.span().start();
        v[4] = claim.span().end();
        v[5] = p.line();
        v[6] = p.column();
        if (claim instanceof CountClaim c) {
            v[1] = c.subject();
            v[7] = c.interval().low();
            v[8] = c.interval().high();
            v[9] = c.source();
            v[10] = c.sourceOnSheet();
            v[11] = c.earlier();
            v[12] = text(c.asOf());
        } else if (claim instanceof StateClaim c) {
            v[1] = c.subject();
            v[13] = c.state();
            v[14] = c.negated();
            if (c.time() != null) {
                v[15] = c.time().span().start();
                v[16] = c.time().span().end();
                v[17] = text(c.time().from());
                v[18] = text(c.time().to());
                v[19] = c.time().relative();
            }
        } else if (claim instanceof QuoteClaim c) {
            v[20] = c.words();
            v[21] = c.speaker();
        } else if (claim instanceof TitleClaim c) {
            v[22] = c.person();
            v[23] = c.title();
            v[24] = c.written();
        } else if (claim instanceof EventDateClaim c) {
            v[25] = c.event();
            v[26] = text(c.from());
            v[27] = text(c.to());
            v[28] = c.relative();
            v[29] = c.when();
        }
        return RowFactory.create(v);
    }

    /** The claim a row of the claims table holds (its columns named as in {@link Schemas#CLAIM}). */
    static Claim claim(Row r) {
        Span span = new Span(r.getInt(r.fieldIndex("start")), r.getInt(r.fieldIndex("end")));
        String text = r.getString(r.fieldIndex("text"));
        String subject = r.getString(r.fieldIndex("subject"));
        return switch (r.getString(r.fieldIndex("kind"))) {
            case "count" -> new CountClaim(span, text, subject,
                new Interval((Long) r.get(r.fieldIndex("low")), (Long) r.get(r.fieldIndex("high"))),
                r.getString(r.fieldIndex("source")), flag(r, "source_on_sheet"), flag(r, "earlier"), date(r, "as_of"));
            case "state" -> new StateClaim(span, text, subject, r.getString(r.fieldIndex("state")), flag(r, "negated"),
                r.isNullAt(r.fieldIndex("time_start")) ? null : new DateMention(
                    new Span(r.getInt(r.fieldIndex("time_start")), r.getInt(r.fieldIndex("time_end"))),
                    date(r, "time_from"), date(r, "time_to"), flag(r, "time_relative")));
            case "quote" -> new QuoteClaim(span, text, r.getString(r.fieldIndex("words")), r.getString(r.fieldIndex("speaker")));
            case "title" -> new TitleClaim(span, text, r.getString(r.fieldIndex("person")), r.getString(r.fieldIndex("title")),
                r.getString(r.fieldIndex("written")));
            case "event-date" -> new EventDateClaim(span, text, r.getString(r.fieldIndex("event")), date(r, "from"),
                date(r, "to"), flag(r, "relative"), r.getString(r.fieldIndex("when")));
            default -> throw new IllegalArgumentException("a claims table row of an unknown kind: " + r);
        };
    }

    /** Where the claim's words start, as kept in its row. */
    static TextPosition position(Row r) {
        return new TextPosition(r.getInt(r.fieldIndex("line")), r.getInt(r.fieldIndex("column")));
    }

    private static boolean flag(Row r, String column) {
        int i = r.fieldIndex(column);
        return !r.isNullAt(i) && r.getBoolean(i);
    }

    private static LocalDate date(Row r, String column) {
        String s = r.getString(r.fieldIndex(column));
        return s == null ? null : LocalDate.parse(s);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
