package io.factaudit.text.date;

import io.factaudit.article.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates told as a distance from another date of the passage, not from the article's: "two days
 * later", "a week earlier", "the next day", "the day before" count from the date last stated
 * before them ("The river crested on Nov. 11. Two days later, ..."); "three days before
 * shareholders vote", "a week after the vote" date what follows them from a date stated earlier
 * in the same sentence ("said on Tuesday, three days before members ballot" is Friday); "hours
 * later", "later that day", "the same day" keep to the date before (hours may pass midnight).
 */
final class DateOffsets {

    private static final String START = "(?<![\\p{L}\\d])";
    private static final Pattern COUNTED = Pattern.compile("(?i)" + START + "(\\d{1,3}|an?)\\s+(day|week|fortnight|month|year)s?"
        + "\\s+(earlier|later|before|after)" + Forms.WORD_END);
    private static final Pattern NEXT_OR_PREVIOUS = Pattern.compile("(?i)" + START
        + "the\\s+(?:(next|following|previous|preceding)\\s+(day|week|month|year)|(day|week)\\s+(before|after))"
        + Forms.WORD_END + "(?!\\s+(?:yesterday|tomorrow)\\b)"); // "the day after tomorrow" counts from the article's date
    /** Within the day of the date before, or hours from it: "hours later", "an hour earlier", "later that day", "the same day". */
    private static final Pattern SAME_DAY = Pattern.compile("(?i)" + START
        + "(?:(?:(?:an?|a\\s+few|several|some|\\d{1,2})\\s+)?(?:hour|minute)s?\\s+(later|earlier)"
        + "|(?:later|earlier)\\s+that\\s+(?:day|morning|afternoon|evening|night)|(?:that|the)\\s+same\\s+day)"
        + Forms.WORD_END);
    private static final Pattern FOLLOWS = Pattern.compile("^\\s*[\\p{L}\\d]");

    /**
     * A distance from another date.
     *
     * @param span   its words in the text
     * @param amount signed: after the anchor when positive
     * @param unit   days, weeks, months or years
     * @param leads  it dates the words that follow it ("three days before members ballot"), so
     *               its anchor must stand before it in the same sentence
     */
    record Offset(Span span, int amount, ChronoUnit unit, boolean leads, int slack) {

        Offset(Span span, int amount, ChronoUnit unit, boolean leads) {
            this(span, amount, unit, leads, 0);
        }

        /**
         * The days this offset gives from an anchor's days. Weeks counted from a day and standing
         * alone ("a week earlier", "two weeks later", "the following week") are as vague as "a week
         * ago": the week, Monday to Sunday, that holds the day counted to.
         */
        DateMention from(DateMention anchor) {
            LocalDate from = anchor.from().plus(amount, unit);
            LocalDate to = anchor.to().plus(amount, unit);
            if (unit == ChronoUnit.WEEKS && !leads && from.equals(to)) {
                from = Calendar.monday(from);
                to = from.plusDays(6);
            }
            from = slack < 0 ? from.plusDays(slack) : from; // "hours earlier" may be the evening before
            to = slack > 0 ? to.plusDays(slack) : to; // "hours later" may be past midnight
            return new DateMention(span, from, to, anchor.relative(), anchor.direction());
        }
    }

    private DateOffsets() {
    }

    /** The offsets in part of a text, located in the whole text, in order. */
    static List<Offset> find(String text, Span range) {
        String part = text.substring(range.start(), range.end());
        SpelledNumbers digits = SpelledNumbers.of(part);
        String view = digits.text();
        List<Offset> out = new ArrayList<>();
        Matcher m = COUNTED.matcher(view);
        while (m.find()) {
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int n = count.startsWith("a") ? 1 : Integer.parseInt(count);
            String way = m.group(3).toLowerCase(Locale.ROOT);
            boolean leads = leads(view, m.end(), way);
            // "before" with what follows it dates that later thing; standing alone it looks back
            boolean back = way.equals("earlier") || way.equals("before") && !leads || way.equals("after") && leads;
            out.add(offset(digits, range, m, back ? -n : n, m.group(2), leads));
        }
        m = NEXT_OR_PREVIOUS.matcher(view);
        while (m.find()) {
            if (m.group(1) != null) {
                String which = m.group(1).toLowerCase(Locale.ROOT);
                int sign = which.equals("next") || which.equals("following") ? 1 : -1;
                out.add(offset(digits, range, m, sign, m.group(2), false));
            } else {
                String way = m.group(4).toLowerCase(Locale.ROOT);
                boolean leads = leads(view, m.end(), way);
                boolean back = way.equals("before") != leads;
                out.add(offset(digits, range, m, back ? -1 : 1, m.group(3), leads));
            }
        }
        m = SAME_DAY.matcher(view);
        while (m.find()) {
            int slack = m.group(1) == null ? 0 : m.group(1).equalsIgnoreCase("later") ? 1 : -1;
            Span words = digits.original(new Span(m.start(), m.end()));
            out.add(new Offset(new Span(words.start() + range.start(), words.end() + range.start()), 0, ChronoUnit.DAYS,
                false, slack));
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** Whether "before" or "after" takes what follows it as its object ("before the vote", "after they voted"). */
    private static boolean leads(String view, int end, String way) {
        return (way.equals("before") || way.equals("after")) && FOLLOWS.matcher(view.substring(end)).find();
    }

    private static Offset offset(SpelledNumbers digits, Span range, Matcher m, int amount, String unit, boolean leads) {
        Span words = digits.original(new Span(m.start(), m.end()));
        boolean fortnight = unit.equalsIgnoreCase("fortnight"); // "a fortnight later": two weeks
        ChronoUnit u = fortnight ? ChronoUnit.WEEKS : ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S");
        return new Offset(new Span(words.start() + range.start(), words.end() + range.start()), fortnight ? 2 * amount : amount,
            u, leads);
    }
}
