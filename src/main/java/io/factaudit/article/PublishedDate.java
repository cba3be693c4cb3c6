package io.factaudit.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as metadata writes it (a sidecar, front matter, an HTML meta tag): an ISO date,
 * possibly with a time after it ("2024-10-23T09:00:00+09:00" is the 23rd, as written), or a date in
 * words ("October 23, 2024"). When a value is not a date, {@link #whyNot} says why in words an
 * editor can act on.
 */
final class PublishedDate {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    /** How to write a date, for messages. */
    static final String HOW = "write it as YYYY-MM-DD, like 2024-10-23";

    private PublishedDate() {
    }

    static Optional<LocalDate> parse(String value) {
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Dateline.parse(v);
    }

    /** Why a value that {@link #parse} refused is not a date ("there is no month 13"). */
    static String whyNot(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return "it is empty";
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                return "there is no month " + month;
            }
            return "there is no day " + day + " in " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + year;
        }
        return "it is not written as a date";
    }
}
