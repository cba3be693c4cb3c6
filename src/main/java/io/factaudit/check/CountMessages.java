package io.factaudit.check;

import io.factaudit.claim.CountClaim;
import io.factaudit.sheet.Estimate;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The messages of count findings, in words an editor reads without opening the sheet. */
final class CountMessages {

    private final CountClaim claim;
    private final LocalDate published;

    CountMessages(CountClaim claim, LocalDate published) {
        this.claim = claim;
        this.published = published;
    }

    String contradiction(String source, List<Estimate> current) {
        String who = source == null ? "no source's estimate" : source + "'s estimate";
        return says() + ", but " + (current.isEmpty() ? who + " on the sheet" : describe(current))
            + (source == null ? "; no estimate known on " + published + " is near it" : "") + where(current);
    }

    String misattributed(String source, Estimate other, List<Estimate> own) {
        return says() + " and attributes it to " + source + ", but " + (own.isEmpty() ? source + " gave no such figure"
            : source + " put it at " + describeRows(own)) + "; the figure fits " + other.source() + "'s estimate ("
            + estimate(other) + ") (" + other.where() + ")";
    }

    String outdated(Estimate revised, List<Estimate> current) {
        return says() + ", which is " + revised.source() + "'s figure of " + revised.asOf() + ", revised by "
            + describe(current) + " before this article was published on " + published
            + "; say that it is an earlier figure or give the current one" + where(current);
    }

    String anachronism(Estimate later) {
        return says() + ", but that figure was first given by " + later.source() + " on " + later.asOf()
            + ", after this article was published on " + published + " (" + later.where() + ")";
    }

    String unverifiable(String source) {
        return says() + " and attributes it to " + source + ", but the sheet has no estimates from " + source
            + " to check it against";
    }

    String noRowsForPlace() {
        return says() + ", but the sheet has no estimates of " + claim.subject() + " in " + claim.where()
            + " to check it against";
    }

    String exceeds(PartOfWhole.Exceeded whole) {
        String holder = whole.holder() == null ? "the whole" : whole.holder();
        return says() + ", but a part can't exceed its whole: on " + published + " " + holder + " had at most "
            + whole.row().count().high() + " (" + whole.row().source() + ": " + estimate(whole.row()) + ") ("
            + whole.row().where() + ")";
    }

    String undated(boolean meetsSome) {
        return says() + ", but this article has no publication date, so the sheet's estimates cannot be chosen"
            + (meetsSome ? "" : " (it meets none of them at any date)")
            + "; add a sidecar with \"published\" or a dateline";
    }

    private String says() {
        return "says " + claim.interval().describe() + " " + claim.subject()
            + (claim.where() == null ? "" : " in " + claim.where())
            + (claim.source() == null ? "" : " (" + claim.source() + ")");
    }

    private static String describe(List<Estimate> rows) {
        if (rows.isEmpty()) {
            return "the sheet has no estimate";
        }
        return rows.get(0).source() + " put it at " + describeRows(rows);
    }

    private static String describeRows(List<Estimate> rows) {
        return rows.stream().map(CountMessages::estimate).collect(Collectors.joining(" and "));
    }

    private static String estimate(Estimate e) {
        return e.cell() + " as of " + e.asOf() + (e.note() == null || e.note().isBlank() ? "" : ", noted \"" + e.note().strip() + "\"");
    }

    private static String where(List<Estimate> rows) {
        return rows.isEmpty() ? "" : " (" + rows.get(0).where() + ")";
    }
}
