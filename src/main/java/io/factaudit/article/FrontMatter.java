package io.factaudit.article;

import io.factaudit.input.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML-style block a Markdown article may open with, between two {@code ---} lines. It is not
 * article text; its {@code published} (or, failing that, {@code date}) value is the date the
 * article declares. Only {@code key: value} lines are read; nothing in it is executed or typed.
 *
 * @param bodyStart the content offset where the article's text begins (0 without front matter)
 * @param published the declared publication date, or null
 */
record FrontMatter(int bodyStart, LocalDate published) {

    private static final Pattern OPENING = Pattern.compile("---[ \\t]*(?:\\r\\n|\\r|\\n)");
    private static final Pattern CLOSING = Pattern.compile("(?:---|\\.\\.\\.)[ \\t]*");
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][\\w.-]*)[ \\t]*:[ \\t]*(.*)");
    /** Front matter is a few lines; one that runs on is not closed, and the search for its end stops here. */
    private static final int LONGEST = 1000;
    private static final List<String> DATE_KEYS = List.of("published", "published_at", "publishdate", "pubdate",
        "date_published", "date");

    static FrontMatter of(String content, String displayPath, List<Problem> notes) {
        Matcher opening = OPENING.matcher(content);
        if (!opening.lookingAt()) {
            return new FrontMatter(0, null);
        }
        String[] values = new String[DATE_KEYS.size()];
        int[] lines = new int[DATE_KEYS.size()];
        int start = opening.end();
        int line = 2;
        while (start < content.length() && line <= LONGEST) {
            int end = lineEnd(content, start);
            String text = content.substring(start, end);
            int next = nextLine(content, end);
            if (CLOSING.matcher(text).matches()) {
                return new FrontMatter(next, date(values, lines, displayPath, notes));
            }
            Matcher entry = ENTRY.matcher(text);
            if (entry.matches()) {
                int key = DATE_KEYS.indexOf(entry.group(1).toLowerCase(Locale.ROOT));
                if (key >= 0 && values[key] == null) {
                    values[key] = scalar(entry.group(2));
                    lines[key] = line;
                }
            }
            start = next;
            line++;
        }
        notes.add(new Problem(displayPath, 1, "the front matter that opens on line 1 is never closed by a line \"---\":"
            + " close it, or remove the first line; the whole file was read as the article's text"));
        return new FrontMatter(0, null);
    }

    private static LocalDate date(String[] values, int[] lines, String displayPath, List<Problem> notes) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            Optional<LocalDate> date = PublishedDate.parse(values[i]);
            if (date.isPresent()) {
                return date.get();
            }
            notes.add(new Problem(displayPath, lines[i], "the front matter's " + DATE_KEYS.get(i) + " is \"" + values[i]
                + "\", which is not a date (" + PublishedDate.whyNot(values[i]) + "): " + PublishedDate.HOW
                + "; it is ignored"));
        }
        return null;
    }

    /** A YAML scalar without its quotes or trailing comment. */
    private static String scalar(String raw) {
        String v = raw.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.indexOf(v.charAt(0), 1) > 0) {
            return v.substring(1, v.indexOf(v.charAt(0), 1));
        }
        int comment = v.indexOf(" #");
        return (comment >= 0 ? v.substring(0, comment) : v).strip();
    }

    private static int lineEnd(String content, int start) {
        int i = start;
        while (i < content.length() && content.charAt(i) != '\n' && content.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String content, int end) {
        if (end < content.length() && content.charAt(end) == '\r') {
            end++;
        }
        if (end < content.length() && content.charAt(end) == '\n') {
            return end + 1;
        }
        return end;
    }
}
