package io.factaudit.article;

import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Maps offsets in an article's text to lines and columns in its file. For plain text the two
 * coincide; when the reader changed the text (markup removed, invisible characters dropped, front
 * matter left out) each text offset is first mapped to an offset in the file's decoded content,
 * whose lines are then counted as an editor counts them.
 *
 * <p>Columns count UTF-16 code units of the decoded line, as most editors' status bars do; line
 * ends are {@code \n}, {@code \r\n} and a lone {@code \r}.
 */
public final class LineMap {

    private final int[] lineStarts;     // of the file's decoded content
    private final Origins origins;      // text offset -> content offset; null: the same
    private final NavigableMap<Integer, TextPosition> known; // positions kept by a stored audit; null: computed

    private LineMap(int[] lineStarts, Origins origins) {
        this.lineStarts = lineStarts;
        this.origins = origins;
        this.known = null;
    }

    private LineMap(NavigableMap<Integer, TextPosition> known) {
        this.lineStarts = new int[] {0};
        this.origins = null;
        this.known = known;
    }

    /**
     * A map that knows only the positions a stored audit kept beside its claims and findings (the
     * distributed audit's tables), so reports can be written again without the article's file; an
     * offset it was not given takes the position of the nearest kept offset before it.
     */
    public static LineMap known(Map<Integer, TextPosition> positions) {
        return new LineMap(new TreeMap<>(positions));
    }

    /** The map of a text that is the file's content itself. */
    public static LineMap of(String text) {
        return new LineMap(lineStarts(text), null);
    }

    /** A map of a text derived from {@code content}, each text offset placed by {@code origins}. */
    static LineMap mapped(String content, Origins origins) {
        return new LineMap(lineStarts(content), origins);
    }

    public TextPosition positionOf(int offset) {
        if (known != null) {
            Map.Entry<Integer, TextPosition> at = known.floorEntry(offset);
            return at == null ? new TextPosition(1, 1) : at.getValue();
        }
        int at = origins == null ? offset : origins.contentOffset(offset);
        return contentPosition(Math.max(0, at));
    }

    /** The line and column of an offset in the file's decoded content. */
    TextPosition contentPosition(int contentOffset) {
        int idx = Arrays.binarySearch(lineStarts, contentOffset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new TextPosition(line + 1, contentOffset - lineStarts[line] + 1);
    }

    /** Line starts of a text; lines end at \n, \r\n or a lone \r. */
    static int[] lineStarts(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
