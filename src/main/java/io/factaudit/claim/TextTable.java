package io.factaudit.claim;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table written in an article's text (FACT-SHEETS.md 1.1: tables are text like any other): lines
 * of cells split by pipes ("131 | Varn | Regional Health Office", Markdown's "| a | b |") or
 * aligned in columns by tabs or runs of spaces; at least two lines in a row with the same number of
 * cells, two or more. A Markdown rule line ("|---|:--|") belongs to the table and holds no cells.
 */
record TextTable(List<Row> rows) {

    /** One cell: its words without the padding, located in the article. */
    record Cell(Span span, String text) {
    }

    /** One line of the table, the span of its words, and its cells left to right. */
    record Row(Span span, List<Cell> cells) {
    }

    private static final Pattern PIPE = Pattern.compile("\\|");
    private static final Pattern ALIGNED = Pattern.compile("\\t+| {2,}");
    private static final Pattern RULE = Pattern.compile("[\\s|:\\-=+]*-[\\s|:\\-=+]*");

    /** Every table of a text, in order. */
    static List<TextTable> in(String text) {
        List<TextTable> tables = new ArrayList<>();
        List<Row> block = new ArrayList<>();
        boolean piped = false;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            Span line = new Span(start, end);
            String written = text.substring(start, end);
            boolean rule = !written.isBlank() && RULE.matcher(written).matches() && !block.isEmpty();
            if (!rule) {
                boolean hasPipe = written.indexOf('|') >= 0;
                Row row = row(text, line, hasPipe ? PIPE : ALIGNED);
                boolean continues = row != null && !block.isEmpty() && piped == hasPipe
                    && block.get(0).cells().size() == row.cells().size();
                if (!continues) {
                    close(block, tables);
                    block = new ArrayList<>();
                    piped = hasPipe;
                }
                if (row != null) {
                    block.add(row);
                }
            }
            start = end + 1;
        }
        close(block, tables);
        return tables;
    }

    private static void close(List<Row> block, List<TextTable> tables) {
        if (block.size() >= 2) {
            tables.add(new TextTable(List.copyOf(block)));
        }
    }

    /** The cells of one line split by the separator, or null when it makes fewer than two. */
    private static Row row(String text, Span line, Pattern separator) {
        String written = text.substring(line.start(), line.end());
        List<Cell> cells = new ArrayList<>();
        Matcher m = separator.matcher(written);
        int from = 0;
        List<int[]> pieces = new ArrayList<>();
        while (m.find()) {
            pieces.add(new int[] {from, m.start()});
            from = m.end();
        }
        pieces.add(new int[] {from, written.length()});
        for (int i = 0; i < pieces.size(); i++) {
            int a = pieces.get(i)[0];
            int b = pieces.get(i)[1];
            while (a < b && Character.isWhitespace(written.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(written.charAt(b - 1))) {
                b--;
            }
            boolean outerPipe = separator == PIPE && a == b && (i == 0 || i == pieces.size() - 1);
            if (separator == ALIGNED && a == b || outerPipe) {
                continue; // the indent of an aligned line, or the outer pipes of "| a | b |"
            }
            cells.add(new Cell(new Span(line.start() + a, line.start() + b), written.substring(a, b)));
        }
        if (cells.size() < 2) {
            return null;
        }
        return new Row(new Span(cells.get(0).span().start(), cells.get(cells.size() - 1).span().end()), List.copyOf(cells));
    }
}
