package io.factaudit.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publication date written in an article's first lines: "Wednesday, October 23, 2024". */
public final class Dateline {

    private static final int FIRST_LINES = 8;
    private static final Pattern DATE = Pattern.compile(
        "^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)"
            + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b|^(\\d{1,2})\\s+"
            + "(January|February|March|April|May|June|July|August|September|October|November|December),?\\s+(\\d{4})\\b",
        Pattern.CASE_INSENSITIVE);

    private Dateline() {
    }

    /** The date of the first of the article's first lines that starts with a full date. */
    public static Optional<LocalDate> find(String text) {
        String[] lines = text.split("\\r\\n|\\r|\\n", FIRST_LINES + 1);
        for (int i = 0; i < Math.min(FIRST_LINES, lines.length); i++) {
            Matcher m = DATE.matcher(lines[i].strip());
            if (m.find()) {
                try {
                    String month = m.group(1) != null ? m.group(1) : m.group(5);
                    String day = m.group(2) != null ? m.group(2) : m.group(4);
                    String year = m.group(3) != null ? m.group(3) : m.group(6);
                    return Optional.of(LocalDate.parse(year + " " + capitalize(month) + " " + day,
                        DateTimeFormatter.ofPattern("yyyy MMMM d", Locale.ENGLISH)));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static String capitalize(String month) {
        return month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1).toLowerCase(Locale.ROOT);
    }
}
