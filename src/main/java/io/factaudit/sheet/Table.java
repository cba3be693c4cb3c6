package io.factaudit.sheet;

import io.factaudit.input.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A step's data table as the editor wrote it: a header and rows, each row with its line in the sheet.
 * Columns are found by name, ignoring case, so their order is the editor's choice.
 */
public record Table(String uri, int line, List<String> header, List<Row> rows) {

    /** One row of cells, with its 1-based line in the sheet. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A table from raw cells, the first row being the header; lines are those of each row. */
    public static Table of(String uri, List<List<String>> cells, List<Integer> lines) {
        if (cells.isEmpty()) {
            throw new InputException(uri, lines.isEmpty() ? 0 : lines.get(0),
                "the table is empty: give a header row and at least one row of facts");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            rows.add(new Row(lines.get(i), cells.get(i)));
        }
        return new Table(uri, lines.get(0), cells.get(0).stream().map(String::strip).toList(), rows);
    }

    /** The index of a column, or -1 when the table has no such column. */
    public int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** Checks that every required column is there and no unknown one, naming what to fix. */
    public void requireColumns(List<String> required, List<String> optional) {
        for (String r : required) {
            if (column(r) < 0) {
                throw new InputException(uri, line, "the table has no column \"" + r + "\": its columns must be "
                    + describe(required, optional) + " (it has " + String.join(" | ", header) + ")");
            }
        }
        for (String h : header) {
            boolean known = required.stream().anyMatch(h::equalsIgnoreCase) || optional.stream().anyMatch(h::equalsIgnoreCase);
            if (!known) {
                throw new InputException(uri, line, "the table has an unknown column \"" + h + "\": its columns must be "
                    + describe(required, optional));
            }
        }
        if (rows.isEmpty()) {
            throw new InputException(uri, line, "the table has a header but no rows: add at least one row of facts");
        }
        for (Row row : rows) {
            if (row.cells().size() != header.size()) {
                throw new InputException(uri, row.line(), "this row has " + row.cells().size() + " cells but the header has "
                    + header.size() + ": every row needs one cell per column");
            }
        }
    }

    /** The stripped cell of a row in a column, "" when the table has no such column. */
    public String cell(Row row, String column) {
        int i = column(column);
        return i < 0 || i >= row.cells().size() ? "" : row.cells().get(i).strip();
    }

    private static String describe(List<String> required, List<String> optional) {
        String s = String.join(" | ", required);
        return optional.isEmpty() ? s : s + " (optionally " + String.join(", ", optional) + ")";
    }
}
