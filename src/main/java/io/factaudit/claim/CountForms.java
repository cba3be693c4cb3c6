package io.factaudit.claim;

import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The counts of an article read with the forms of its text (FACT-SHEETS.md 1.1: headlines, lists,
 * tables and timelines are text like any other): the sentences' reader reads them, except a table's
 * rows, which {@link TableRows} reads by their columns; a count in a timeline line
 * ({@link TimelineLine}) is of the line's date, so an earlier day marks it as an earlier figure; a
 * place that qualifies the count noun, as headlines write it, locates it ({@link PlaceBeforeCount}); a
 * line that labels its figure by a place or a source and that the sentences left unread is read
 * by {@link LabelledLines}.
 */
public final class CountForms implements ClaimReader {

    private final ClaimReader sentences;
    private final TableRows tables = new TableRows();
    private final LabelledLines labelled = new LabelledLines();

    /** @param sentences the reader of counts in sentences */
    public CountForms(ClaimReader sentences) {
        this.sentences = sentences;
    }

    @Override
    public List<Claim> read(Document document, Facts facts) {
        List<Claim> rows = tables.read(document, facts);
        List<TimelineLine> timeline = facts.estimates().isEmpty() ? List.of() : TimelineLine.in(document);
        PlaceBeforeCount places = PlaceBeforeCount.of(document, facts);
        List<Claim> claims = new ArrayList<>(rows);
        for (Claim c : sentences.read(document, facts)) {
            if (rows.stream().anyMatch(r -> r.span().overlaps(c.span()))) {
                continue; // the row is read by its columns
            }
            claims.add(c instanceof CountClaim count ? dated(places.locate(count), timeline, document.article().published()) : c);
        }
        for (CountClaim line : labelled.read(document, facts)) {
            int read = -1;
            for (int i = 0; i < claims.size() && read < 0; i++) {
                read = claims.get(i) instanceof CountClaim && claims.get(i).span().overlaps(line.span()) ? i : -1;
            }
            if (read < 0) {
                claims.add(dated(line, timeline, document.article().published())); // a labelled line the sentences' reader left unread
            } else if (claims.get(read) instanceof CountClaim c && c.subject().equals(line.subject())
                && timeline.stream().noneMatch(t -> t.line().contains(line.span()))) {
                claims.set(read, labelledBy(c, line)); // "X: 2,300 passengers": the label is whose or where the count is
            }
        }
        claims.sort(Comparator.comparing(Claim::span));
        return claims;
    }

    /** The sentence's reading of a labelled line, with the source and place its label gives where the sentence gave none. */
    private static CountClaim labelledBy(CountClaim c, CountClaim line) {
        boolean source = c.source() == null && line.source() != null;
        if (!source && (c.where() != null || line.where() == null)) {
            return c;
        }
        return new CountClaim(c.span(), c.text(), c.subject(), c.interval(), source ? line.source() : c.source(),
            source ? line.sourceOnSheet() : c.sourceOnSheet(), c.earlier(), c.asOf(), c.where() != null ? c.where() : line.where());
    }

    /** A count in a timeline line, of the line's day: earlier than the article's when before it. */
    private static CountClaim dated(CountClaim c, List<TimelineLine> timeline, LocalDate published) {
        for (TimelineLine line : timeline) {
            if (line.line().contains(c.span()) && c.asOf() == null) {
                boolean earlier = c.earlier() || line.day().isBefore(published);
                return new CountClaim(c.span(), c.text(), c.subject(), c.interval(), c.source(), c.sourceOnSheet(),
                    earlier, line.day(), c.where());
            }
        }
        return c;
    }
}
