package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Interval;
import io.factaudit.quantity.Quantity;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Place;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the counts of a table in an article's text ({@link TextTable}), one claim a row and a count
 * column, from what its columns hold ({@link TableColumns}): "Tarsk | 12 | Fire Service" under
 * "District | Deaths | Reported by" is 12 deaths in Tarsk by the Fire Service. What is counted is
 * the subject the column's header names ("Deaths"), else the row's cell naming one, else the sheet's
 * only subject, else the one named in the lines just above the table. Without a column of sources, the
 * source is the one the line introducing the table cites ({@link CitedAbove}). A row's date ("3 Mar") dates
 * its figure, earlier than the article when before its day, and so does a column's header that is a day
 * ("Market | 3 Mar | 9 Mar"); a header that gives the figures' scale ("Kettles (thousands)") scales them.
 */
final class TableRows {

    List<Claim> read(Document document, Facts facts) {
        List<TextTable> tables = document.shared(TextTable.class, d -> List.copyOf(TextTable.in(d.text()))); // once for every scenario
        if (tables.isEmpty() || facts.estimates().isEmpty()) {
            return List.of();
        }
        Map<String, SubjectProfile> profiles = new LinkedHashMap<>();
        for (Estimate e : facts.estimates()) {
            profiles.computeIfAbsent(e.subject(), s -> SubjectProfile.of(facts.name(s).orElse(new Name(s, List.of(), null))));
        }
        var cells = new TableCells(document, facts, List.copyOf(profiles.values()));
        CitedAbove above = CitedAbove.of(document, facts);
        List<Claim> claims = new ArrayList<>();
        for (TextTable table : tables) {
            TableColumns columns = TableColumns.of(table, cells);
            if (!columns.typed() || labels(table, columns, cells)) {
                continue;
            }
            for (int c : columns.counts()) {
                TextTable.Cell head = columns.header() ? table.rows().get(0).cells().get(c) : null;
                SubjectProfile byColumn = head != null ? cells.subjectOf(head, true) : null;
                // a header that names a source ("Town | Board | Relief Office"): the column is that source's count
                String bySource = head != null && byColumn == null ? cells.name(cells.sources, head) : null;
                // a header that is a day ("Market | 3 Mar | 9 Mar"): the column is the figures as of that day
                LocalDate byDay = head != null && byColumn == null && bySource == null ? cells.day(head) : null;
                if (head != null && byColumn == null && bySource == null && byDay == null && !generic(head)) {
                    continue; // a column of something else: "Roads closed"
                }
                long scale = head == null ? 1 : HeaderScale.of(head.text());
                for (TextTable.Row row : columns.data(table)) {
                    SubjectProfile subject = byColumn;
                    if (subject == null && columns.subject() >= 0) {
                        subject = cells.subjectOf(row.cells().get(columns.subject()), false);
                    }
                    if (subject == null) {
                        subject = profiles.size() == 1 ? profiles.values().iterator().next() : cells.namedAbove(table);
                    }
                    CountClaim claim = subject == null ? null : claim(document, row, c, columns, subject, cells,
                        bySource != null ? bySource : above.before(table.rows().get(0).span().start()), byDay, scale);
                    if (claim != null) {
                        claims.add(claim);
                    }
                }
            }
        }
        return claims;
    }

    /**
     * {@code cited}: the source the column's header names, else the one the line introducing the table cites, or null;
     * {@code dayOfColumn}: the day the column's header names, or null; {@code scale}: what the header says a figure is in.
     */
    private CountClaim claim(Document document, TextTable.Row row, int c, TableColumns columns, SubjectProfile subject,
                             TableCells cells, String cited, LocalDate dayOfColumn, long scale) {
        Quantity q = cells.count(row.cells().get(c));
        if (q == null) {
            return null;
        }
        Interval interval = scale == 1 ? q.interval() : new Interval(q.interval().low() == null ? null : q.interval().low() * scale,
            q.interval().high() == null ? null : q.interval().high() * scale);
        String where = columns.place() >= 0 ? cells.name(cells.places, row.cells().get(columns.place())) : null;
        String source = null;
        boolean onSheet = false;
        if (columns.source() >= 0 && !row.cells().get(columns.source()).text().isEmpty()) {
            TextTable.Cell cell = row.cells().get(columns.source());
            source = cells.name(cells.sources, cell);
            onSheet = source != null;
            source = onSheet ? source : cell.text();
        } else if (columns.source() < 0) {
            // no column of sources: the header or the line that introduces the table may cite one ("as released by the board:")
            source = cited;
            onSheet = source != null;
        }
        LocalDate day = columns.date() >= 0 ? cells.day(row.cells().get(columns.date())) : dayOfColumn;
        if (day != null && day.getYear() < cells.firstYear - 1) {
            return null; // a historical figure, as in a sentence: "2008 | 135"
        }
        LocalDate published = document.article().published();
        boolean earlier = day != null && published != null && day.isBefore(published);
        Span span = row.span();
        return new CountClaim(span, document.textOf(span), subject.subject(), interval, source, onSheet, earlier, day,
            where);
    }

    /**
     * Whether a column of numbers under a header that names no subject holds ranges or bounds ("under 5",
     * "5 to 17"): labels of a breakdown the sheet does not keep (age groups), not counts.
     */
    private static boolean labels(TextTable table, TableColumns columns, TableCells cells) {
        if (!columns.header()) {
            return false;
        }
        for (int c : columns.counts()) {
            TextTable.Cell header = table.rows().get(0).cells().get(c);
            if (cells.subjectOf(header, true) == null && !generic(header) && !cells.source(header) && columns.data(table).stream()
                .map(r -> cells.count(r.cells().get(c))).anyMatch(q -> q != null && !exact(q))) {
                return true;
            }
        }
        return false;
    }

    private static boolean exact(Quantity q) {
        return q.interval().low() != null && q.interval().low().equals(q.interval().high());
    }

    /** A header that names a figure and not what it counts: "Count", "Total", "Number". */
    private static boolean generic(TextTable.Cell header) {
        return SubjectProfile.GENERIC_COUNT_NOUNS.contains(Words.lower(header.text()).strip());
    }
}
