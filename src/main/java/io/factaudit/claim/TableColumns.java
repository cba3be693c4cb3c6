package io.factaudit.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What each column of a table in text holds, typed by its cells below the header: counts (every cell
 * a number, or most and the rest no figure: "n/a", "none"), dates (every cell a date, or most and no
 * count), the sheet's places, the sheet's sources, or what is counted
 * (cells naming a subject: "Deaths | 31"). The first row is a header when it holds no number; its
 * cells name the columns ("District | Deaths | Reported by"), so the columns may come in any order. A
 * dash where a value would be is an empty cell; a column of notes with figures ("since 2029") is no
 * breakdown.
 *
 * @param header  whether the first row names the columns
 * @param counts  the columns of numbers, left to right
 * @param place   the column of places, or -1
 * @param source  the column of sources, or -1
 * @param date    the column of dates, or -1
 * @param subject the column naming what each row counts, or -1
 * @param typed   whether every column is one of these: a column of other labels (parties, age groups)
 *                breaks the figures down by something the sheet does not keep
 */
record TableColumns(boolean header, List<Integer> counts, int place, int source, int date, int subject, boolean typed) {

    /** Tests of one cell, for the reader's names, numbers and dates. */
    interface Cells {
        boolean number(TextTable.Cell cell);

        boolean date(TextTable.Cell cell);

        boolean place(TextTable.Cell cell);

        boolean source(TextTable.Cell cell);

        boolean subject(TextTable.Cell cell);

        /** Whether the cell holds one share, rate or measure and nothing else: "35.1%", "2.4". */
        boolean measure(TextTable.Cell cell);
    }

    static TableColumns of(TextTable table, Cells cells) {
        List<TextTable.Row> rows = table.rows();
        boolean header = rows.get(0).cells().stream().noneMatch(cells::number);
        List<TextTable.Row> data = header ? rows.subList(1, rows.size()) : rows;
        int width = rows.get(0).cells().size();
        List<Integer> counts = new ArrayList<>();
        int place = -1;
        int source = -1;
        int date = -1;
        int subject = -1;
        boolean typed = true;
        boolean notes = false;
        for (int c = 0; c < width; c++) {
            if (every(data, c, cells::date) || most(data, c, cells::date) && !some(data, c, cells::number)) {
                date = date < 0 ? c : date; // a day the resolver does not read ("the night of 4 Aug") leaves its row undated
            } else if (most(data, c, cells::number)) {
                counts.add(c); // "n/a", "none" or a figure with a note where a count would be: a row with no count read
            } else if (every(data, c, cells::measure)) {
                continue; // shares of a total ("Share | 35.1%"): beside the counts, not a breakdown the sheet lacks
            } else if (place < 0 && most(data, c, cells::place)) {
                place = c;
            } else if (source < 0 && some(data, c, cells::source)) {
                source = c;
            } else if (subject < 0 && most(data, c, cells::subject)) {
                subject = c;
            } else if (every(data, c, cell -> NumberlessCell.digits(cell) && !cells.number(cell))) {
                notes = true;
            } else {
                typed = typed && !some(data, c, cell -> !NumberlessCell.blank(cell));
            }
        }
        // a column of notes with figures in them ("since 2029", "by 6 p.m.") breaks down nothing in rows keyed by place or day
        typed = typed && (!notes || place >= 0 || date >= 0);
        return new TableColumns(header, List.copyOf(counts), place, source, date, subject, typed);
    }

    /** The rows that hold the table's figures. */
    List<TextTable.Row> data(TextTable table) {
        return header ? table.rows().subList(1, table.rows().size()) : table.rows();
    }

    private static boolean every(List<TextTable.Row> rows, int c, Predicate<TextTable.Cell> test) {
        int filled = 0;
        for (TextTable.Row r : rows) {
            TextTable.Cell cell = r.cells().get(c);
            if (NumberlessCell.blank(cell)) {
                continue; // an empty cell, or a dash where a value would be
            }
            if (!test.test(cell)) {
                return false;
            }
            filled++;
        }
        return filled > 0;
    }

    private static boolean most(List<TextTable.Row> rows, int c, Predicate<TextTable.Cell> test) {
        long hits = rows.stream().filter(r -> test.test(r.cells().get(c))).count();
        long filled = rows.stream().filter(r -> !NumberlessCell.blank(r.cells().get(c))).count();
        return hits > 0 && 2 * hits >= filled;
    }

    private static boolean some(List<TextTable.Row> rows, int c, Predicate<TextTable.Cell> test) {
        return rows.stream().anyMatch(r -> test.test(r.cells().get(c)));
    }
}
