package io.factaudit.article;

import java.util.Arrays;

/**
 * Maps offsets in an article's text to lines and columns in its file. For plain text the two
 * coincide; for text extracted from HTML or converted from another encoding, the reader supplies
 * the file position of each text offset it cares about through {@link #withOrigins}.
 */
public final class LineMap {

    private final int[] lineStarts;
    private final int[] originLines;   // null: text lines are file lines
    private final int[] originColumns;

    private LineMap(int[] lineStarts, int[] originLines, int[] originColumns) {
        this.lineStarts = lineStarts;
        this.originLines = originLines;
        this.originColumns = originColumns;
    }

    /** Lines end at \n, \r\n or a lone \r, as editors count them. */
    public static LineMap of(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineMap(Arrays.copyOf(starts, count), null, null);
    }

    /**
     * A map whose every text offset has its own file position (text extracted from markup):
     * {@code lines[i]} and {@code columns[i]} are the file line and column of text offset i.
     */
    public static LineMap withOrigins(String text, int[] lines, int[] columns) {
        if (lines.length != text.length() || columns.length != text.length()) {
            throw new IllegalArgumentException("one origin per character is needed");
        }
        return new LineMap(of(text).lineStarts, lines.clone(), columns.clone());
    }

    public TextPosition positionOf(int offset) {
        if (originLines != null && originLines.length > 0) {
            int i = Math.max(0, Math.min(offset, originLines.length - 1));
            return new TextPosition(originLines[i], originColumns[i]);
        }
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new TextPosition(line + 1, offset - lineStarts[line] + 1);
    }
}
