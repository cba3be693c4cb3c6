package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.quantity.NumberReader;
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
 * its figure, earlier than the article when before its day.
 */
final class TableRows {

    private static final int LINES_ABOVE = 300;
    /** A number with a decimal part (not a group of thousands: "12.400", "12,400"; nor a scaled figure: "1.2 million"). */
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\d[.,]\\d{1,2}(?!\\d)(?!\\s*(?i:million|billion|thousand|m|bn|k)\\b)");

    private final NumberReader numbers = new NumberReader();

    List<Claim> read(Document document, Facts facts) {
        List<TextTable> tables = document.shared(TextTable.class, d -> List.copyOf(TextTable.in(d.text()))); // once for every scenario
        if (tables.isEmpty() || facts.estimates().isEmpty()) {
            return List.of();
        }
        Map<String, SubjectProfile> profiles = new LinkedHashMap<>();
        for (Estimate e : facts.estimates()) {
            profiles.computeIfAbsent(e.subject(), s -> SubjectProfile.of(facts.name(s).orElse(new Name(s, List.of(), null))));
        }
        var cells = new SheetCells(document, facts, List.copyOf(profiles.values()));
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
                if (head != null && byColumn == null && bySource == null && !generic(head)) {
                    continue; // a column of something else: "Roads closed"
                }
                for (TextTable.Row row : columns.data(table)) {
                    SubjectProfile subject = byColumn;
                    if (subject == null && columns.subject() >= 0) {
                        subject = cells.subjectOf(row.cells().get(columns.subject()), false);
                    }
                    if (subject == null) {
                        subject = profiles.size() == 1 ? profiles.values().iterator().next() : cells.namedAbove(table);
                    }
                    CountClaim claim = subject == null ? null : claim(document, row, c, columns, subject, cells,
                        bySource != null ? bySource : above.before(table.rows().get(0).span().start()));
                    if (claim != null) {
                        claims.add(claim);
                    }
                }
            }
        }
        return claims;
    }

    /** {@code cited}: the source the column's header names, else the one the line introducing the table cites, or null. */
    private CountClaim claim(Document document, TextTable.Row row, int c, TableColumns columns, SubjectProfile subject,
                             SheetCells cells, String cited) {
        Quantity q = cells.count(row.cells().get(c));
        if (q == null) {
            return null;
        }
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
        LocalDate day = columns.date() >= 0 ? cells.day(row.cells().get(columns.date())) : null;
        if (day != null && day.getYear() < cells.firstYear - 1) {
            return null; // a historical figure, as in a sentence: "2008 | 135"
        }
        LocalDate published = document.article().published();
        boolean earlier = day != null && published != null && day.isBefore(published);
        Span span = row.span();
        return new CountClaim(span, document.textOf(span), subject.subject(), q.interval(), source, onSheet, earlier, day,
            where);
    }

    /**
     * Whether a column of numbers under a header that names no subject holds ranges or bounds ("under 5",
     * "5 to 17"): labels of a breakdown the sheet does not keep (age groups), not counts.
     */
    private static boolean labels(TextTable table, TableColumns columns, SheetCells cells) {
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

    /** The sheet's names, numbers and dates as the cells of one article's tables write them. */
    private final class SheetCells implements TableColumns.Cells {

        private final Document document;
        private final Facts facts;
        private final List<SubjectProfile> profiles;
        private final NameMatcher places = new NameMatcher();
        private final NameMatcher sources = new NameMatcher();
        private final DateResolver dates;
        private final int firstYear;

        SheetCells(Document document, Facts facts, List<SubjectProfile> profiles) {
            this.document = document;
            this.facts = facts;
            this.profiles = profiles;
            this.dates = document.dates();
            this.firstYear = facts.estimates().stream().mapToInt(e -> e.asOf().getYear()).min().orElse(0);
            java.util.Set<String> estimating = new java.util.HashSet<>();
            facts.estimates().forEach(e -> estimating.add(e.source()));
            for (Place p : facts.places()) {
                places.add(p.name(), facts.name(p.name()).map(Name::spellings).orElse(List.of(p.name())));
            }
            for (Name n : facts.names()) {
                boolean subject = profiles.stream().anyMatch(p -> p.subject().equals(n.name()));
                // as in the sentences: a place is a source only when the sheet has its estimates
                if (!subject && (facts.place(n.name()).isEmpty() || estimating.contains(n.name()))) {
                    sources.add(n.name(), n.spellings());
                }
            }
        }

        /** The single count a cell holds, hedges and all ("about 1,500", "12"), or null. */
        Quantity count(TextTable.Cell cell) {
            List<Quantity> found = numbers.read(cell.text(), cell.span().start(), facts.policy().aboutTolerance());
            if (found.size() != 1 || !found.get(0).isCount() || FRACTION.matcher(cell.text()).find()) {
                return null; // "62.4" is a share or a rate, not a count
            }
            Span s = found.get(0).span();
            String outside = cell.text().substring(0, s.start() - cell.span().start()) + cell.text().substring(s.end() - cell.span().start());
            return outside.chars().anyMatch(Character::isLetterOrDigit) ? null : found.get(0);
        }

        @Override
        public boolean number(TextTable.Cell cell) {
            return count(cell) != null;
        }

        LocalDate day(TextTable.Cell cell) {
            if (document.article().published() == null) {
                return null;
            }
            for (DateMention d : dates.find(document.text(), cell.span())) {
                if (d.span().start() == cell.span().start() && d.span().end() >= cell.span().end() - 1) {
                    return d.from();
                }
            }
            return null;
        }

        @Override
        public boolean measure(TextTable.Cell cell) {
            List<Quantity> found = numbers.read(cell.text(), cell.span().start(), facts.policy().aboutTolerance());
            if (found.size() != 1 || found.get(0).isCount() && !FRACTION.matcher(cell.text()).find()) {
                return false;
            }
            Span s = found.get(0).span();
            String outside = cell.text().substring(0, s.start() - cell.span().start()) + cell.text().substring(s.end() - cell.span().start());
            return outside.replace("%", "").chars().noneMatch(Character::isLetterOrDigit);
        }

        @Override
        public boolean date(TextTable.Cell cell) {
            return day(cell) != null;
        }

        @Override
        public boolean place(TextTable.Cell cell) {
            return name(places, cell) != null;
        }

        @Override
        public boolean source(TextTable.Cell cell) {
            return name(sources, cell) != null;
        }

        @Override
        public boolean subject(TextTable.Cell cell) {
            return subjectOf(cell, false) != null;
        }

        /** The sheet name the whole cell writes, or null. */
        String name(NameMatcher names, TextTable.Cell cell) {
            for (Mention m : names.find(cell.text())) {
                if (m.span().start() == 0 && cell.text().substring(m.span().end()).chars().noneMatch(Character::isLetterOrDigit)) {
                    return m.name();
                }
            }
            return null;
        }

        /** The one subject a cell's words head ("Deaths", "Patients treated"); a header may also say it by a keyword. */
        SubjectProfile subjectOf(TextTable.Cell cell, boolean header) {
            List<String> words = List.of(Folded.of(cell.text()).text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"));
            SubjectProfile headed = SubjectProfile.headedBy(profiles, words);
            if (headed != null || !header) {
                return headed;
            }
            List<SubjectProfile> named = profiles.stream()
                .filter(p -> p.mentionedIn(Words.lower(Folded.of(cell.text()).text()))).toList();
            return named.size() == 1 ? named.get(0) : null;
        }

        /** The one subject the text just above the table heads: "How the toll grew", "Deaths by town". */
        SubjectProfile namedAbove(TextTable table) {
            int end = table.rows().get(0).span().start();
            String above = document.text().substring(Math.max(0, end - LINES_ABOVE), end);
            List<String> words = List.of(Folded.of(above).text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"));
            return SubjectProfile.headedBy(profiles, words);
        }
    }
}
