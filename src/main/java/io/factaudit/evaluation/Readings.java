package io.factaudit.evaluation;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.claim.TitleClaim;
import io.factaudit.quantity.Interval;
import io.factaudit.sheet.CountCell;
import io.factaudit.sheet.Policy;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What a generated sentence must read as, and how a reading is told back when it is not. */
final class Readings {

    private Readings() {
    }

    /** The interval a sheet reads from a count cell, under the default tolerance for "about". */
    static Interval interval(String cell) {
        return CountCell.parse(cell).orElseThrow(() -> new IllegalArgumentException("not a count cell: " + cell))
            .interval(Policy.DEFAULT.aboutTolerance());
    }

    /** Exactly one count, of the subject, from the source, with the interval. */
    static Predicate<ArticleAudit> count(String subject, String source, Interval interval) {
        return a -> {
            List<CountClaim> counts = counts(a);
            return counts.size() == 1 && counts.get(0).subject().equals(subject)
                && Objects.equals(counts.get(0).source(), source) && counts.get(0).interval().equals(interval);
        };
    }

    /** No count of the subject at all. */
    static Predicate<ArticleAudit> noCount(String subject) {
        return a -> counts(a).stream().noneMatch(c -> subject.equals(c.subject()));
    }

    /** Exactly one quote, attributed to the speaker. */
    static Predicate<ArticleAudit> quote(String speaker) {
        return a -> {
            List<QuoteClaim> quotes = a.claims().stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).toList();
            return quotes.size() == 1 && speaker.equals(quotes.get(0).speaker()) && a.findings().isEmpty();
        };
    }

    /** Exactly one title, of the person, that the sheet finds right (no finding). */
    static Predicate<ArticleAudit> title(String person) {
        return a -> {
            List<TitleClaim> titles = a.claims().stream().filter(TitleClaim.class::isInstance).map(TitleClaim.class::cast).toList();
            return titles.size() == 1 && person.equals(titles.get(0).person()) && a.findings().isEmpty();
        };
    }

    static String describe(String subject, String source, Interval interval) {
        return "count of " + subject + " from " + source + " " + interval.describe();
    }

    /** The claims and findings read, one short phrase each. */
    static String told(ArticleAudit a) {
        if (a.claims().isEmpty() && a.findings().isEmpty()) {
            return "nothing";
        }
        String claims = a.claims().stream().map(Readings::told).collect(Collectors.joining("; "));
        String findings = a.findings().stream().map(f -> f.reason() + " [" + f.text() + "]").collect(Collectors.joining("; "));
        return claims + (findings.isEmpty() ? "" : " | findings: " + findings);
    }

    private static String told(Claim c) {
        if (c instanceof CountClaim k) {
            return "count of " + k.subject() + " from " + k.source() + " " + k.interval().describe() + " [" + k.text() + "]";
        }
        if (c instanceof QuoteClaim q) {
            return "quote by " + q.speaker() + " [" + q.text() + "]";
        }
        if (c instanceof TitleClaim t) {
            return "title of " + t.person() + " [" + t.text() + "]";
        }
        if (c instanceof EventDateClaim e) {
            return "date of " + e.event() + " " + e.from() + ".." + e.to() + " [" + e.text() + "]";
        }
        if (c instanceof StateClaim s) {
            return "state " + s.subject() + " " + (s.negated() ? "not " : "") + s.state() + " [" + s.text() + "]";
        }
        return c.kind() + " [" + c.text() + "]";
    }

    private static List<CountClaim> counts(ArticleAudit a) {
        return a.claims().stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }
}
