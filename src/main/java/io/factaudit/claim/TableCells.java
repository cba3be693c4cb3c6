package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Place;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The sheet's names, numbers and dates as the cells of one article's tables write them. */
final class TableCells implements TableColumns.Cells {

    private static final int LINES_ABOVE = 300;
    /** A number with a decimal part (not a group of thousands: "12.400", "12,400"; nor a scaled figure: "1.2 million"). */
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\d[.,]\\d{1,2}(?!\\d)(?!\\s*(?i:million|billion|thousand|m|bn|k)\\b)");

    private final NumberReader numbers = new NumberReader();

    private final Document document;
    private final Facts facts;
    private final List<SubjectProfile> profiles;
    final NameMatcher places = new NameMatcher();
    final NameMatcher sources = new NameMatcher();
    private final DateResolver dates;
    final int firstYear;

    TableCells(Document document, Facts facts, List<SubjectProfile> profiles) {
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
