package io.factaudit.text.date;

import io.factaudit.lexicon.CalendarWords;
import io.factaudit.quantity.Measure;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Recognizers-Text date cases hold the forms news writing uses to date an event (see
 * peer/README.md): days and months by name, weekdays, today/yesterday/tomorrow, weeks, months and
 * years named from the article's date, "N ago", stretches ("the past three weeks"), parts
 * ("early next week", "later this month"), runs of days ("Nov. 19-20"), years in digits or words.
 * Decided by the form of a case alone, in this order, never by its id:
 *
 * <ol>
 * <li>the peer gives no day (an impossible date such as "Feb 30", a season, no result);</li>
 * <li>numeric formats ("4/22", "2015-3", "9-18-15", "Oct-2"), letters glued to digits ("Oct2",
 * "3year"), a period after a full month name or a day number ("October. 2", "16. Nov. 2016");</li>
 * <li>durations and offsets counted from a day ("within 5 days", "for 3 days", "in 3 weeks",
 * "two weeks from now", "2 days hence", "two days after today", "3 days starting from", "more
 * than 2 weeks"), and lengths in two units ("1 month 21 days ago");</li>
 * <li>the n-th weekday of a month ("the first Friday of July", "second Sunday");</li>
 * <li>quarters, halves, numbered weeks, decades and centuries ("Q3", "H1", "week 10", "the
 * 1970s", "the next decade");</li>
 * <li>a time named by the speaker or by another time ("my week", "same month", "that weekend",
 * "the day", "next day", "now");</li>
 * <li>texting abbreviations (a word with no vowel: "tmrw"), two-digit years ("August 99"), years
 * before 1000;</li>
 * <li>a day of the month given as a bare cardinal ("on 15", "the 27", "the thirty").</li>
 * </ol>
 */
final class PeerDateScope {

    private static final Pattern NUMERIC = Pattern.compile(
        "\\d\\s*[/.]\\s*\\d|\\d\\.(?:\\s|$)|\\d{4}\\s*[-/]\\s*\\d|\\d\\s*[-/]\\s*\\d{4}|\\d+-\\d+-\\d+|\\p{L}[-/]\\d|\\d[-/]\\p{L}|/");
    private static final Pattern GLUED = Pattern.compile("\\d(?!(?:st|nd|rd|th)\\b)\\p{L}|\\p{L}\\d");
    private static final Pattern WORD_AND_PERIOD = Pattern.compile("(\\p{L}+)\\.");
    private static final String COUNT = "(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several)";
    private static final String UNITS = "(?:days?|weeks?|months?|years?)";
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:within|hence|starting|commencing|more\\s+than"
        + "|less\\s+than|for\\s+" + COUNT + "\\s+" + UNITS + "|in\\s+" + COUNT + "\\s+(?:business\\s+)?" + UNITS
        + "|from\\s+(?:now|today|tomorrow|yesterday)|" + COUNT + "\\s+(?:" + UNITS + "|mondays?|tuesdays?|wednesdays?"
        + "|thursdays?|fridays?|saturdays?|sundays?)\\s+(?:later|from|after|before|in\\s+the\\s+future))\\b");
    /** A count of units: "2 years", "21 days", "a month"; two in one form make a length in two units. */
    private static final Pattern UNIT = Pattern.compile("(?i)\\b" + COUNT + "\\s+" + UNITS + "\\b");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(?i)\\b(?:first|second|third|fourth|fifth|\\d+(?:st|nd"
        + "|rd|th))\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern PERIODS = Pattern.compile("(?i)\\bq[1-4]\\b|\\bh[12]\\b|quarter|\\bweek\\s+\\d|decade"
        + "|century|\\d0'?s\\b|'\\d0s|\\b\\p{L}+ties\\b|\\b(?:\\p{L}+-)?tens\\b|\\bthousands\\b");
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:my|same|that|now)\\b"
        + "|^(?:the\\s+)?(?:day|week|weekend)$|^(?:the\\s+)?(?:this|past|last|next)\\s+day$|^the\\s+(?:last\\s+)?day$"
        + "|^rest\\s+(?:the|this)\\s+week$");
    private static final Pattern NO_VOWEL = Pattern.compile("(?i)\\b[b-df-hj-np-tv-xz]{3,}\\b");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("(?i)\\p{L}\\s+(\\d{2})$");
    private static final Pattern BARE_DAY = Pattern.compile("(?i)^(?:the\\s+)?(.+)$");
    private static final NumberReader NUMBERS = new NumberReader();

    private PeerDateScope() {
    }

    /** Why the case is out of scope, or empty when it is in scope. */
    static Optional<String> excluded(PeerDateCase c) {
        String t = c.text();
        if (c.past() == null || c.future() == null || c.reference() == null) {
            return Optional.of("no day: the peer resolves none");
        }
        if (NUMERIC.matcher(t).find() || GLUED.matcher(t).find() || periodAfterMonth(t)) {
            return Optional.of("a numeric format or glued letters");
        }
        if (DURATION.matcher(t).find() || UNIT.matcher(t).results().count() > 1) {
            return Optional.of("a duration or an offset counted from a day");
        }
        if (NTH_WEEKDAY.matcher(t).find()) {
            return Optional.of("the n-th weekday of a month");
        }
        if (PERIODS.matcher(t).find()) {
            return Optional.of("a quarter, half, numbered week, decade or century");
        }
        if (REFERENCE.matcher(t.strip()).find()) {
            return Optional.of("a time named by the speaker or by another time");
        }
        Matcher twoDigits = TWO_DIGIT_YEAR.matcher(t);
        if (NO_VOWEL.matcher(t).find() || twoDigits.find() && Integer.parseInt(twoDigits.group(1)) > 31
            || c.past().from().getYear() < 1000) {
            return Optional.of("a texting abbreviation, a two-digit year or a year before 1000");
        }
        if (bareCardinal(t)) {
            return Optional.of("a day of the month as a bare cardinal");
        }
        return Optional.empty();
    }

    private static boolean periodAfterMonth(String t) {
        Matcher m = WORD_AND_PERIOD.matcher(t);
        while (m.find()) {
            String word = m.group(1);
            if (CalendarWords.isMonth(word) && !CalendarWords.monthAbbreviations().contains(word.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static boolean bareCardinal(String t) {
        Matcher m = BARE_DAY.matcher(t.strip());
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(1);
        List<Quantity> read = NUMBERS.read(rest, 0, 0.10);
        return read.size() == 1 && read.get(0).span().start() == 0 && read.get(0).span().end() == rest.length()
            && read.get(0).measure() != Measure.ORDINAL && !rest.matches("(?i).*(?:st|nd|rd|th)$");
    }
}
