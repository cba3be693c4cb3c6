package io.factaudit.lexicon;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of months and weekdays, from the JDK: {@link Month} and {@link DayOfWeek} display
 * names in {@link Locale#ENGLISH}, full and short ("September", "Sep"; "Thursday", "Thu"). The
 * JDK's short forms are not all the ones news writing uses, so the abbreviations of the AP
 * Stylebook that differ from them are added: "Sept." for September (AP abbreviates Jan., Feb.,
 * Aug., Sept., Oct., Nov. and Dec.; the others the JDK already has) and "Tues.", "Thurs.",
 * "Thur." for weekdays. Every other class of the code that needs a month or a weekday asks here.
 */
public final class CalendarWords {

    /** The prepositions that make a year after them a time ("in 2019", "during 2019", "until 2019"), not a kind of thing. */
    public static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("in", "during", "by", "until", "till",
        "before", "after", "through", "throughout", "around", "circa");

    /** AP Stylebook abbreviations the JDK's short names lack. */
    private static final Map<String, Month> AP_MONTHS = Map.of("sept", Month.SEPTEMBER);
    private static final Map<String, DayOfWeek> AP_WEEKDAYS = Map.of("tues", DayOfWeek.TUESDAY,
        "thur", DayOfWeek.THURSDAY, "thurs", DayOfWeek.THURSDAY);

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Set<String> MONTH_ABBREVIATIONS;
    /** Every month name and abbreviation, in lower case, for {@link #mayNameMonth}. */
    private static final String[] MONTH_KEYS;

    static {
        for (Month m : Month.values()) {
            MONTHS.put(lower(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), m);
            MONTHS.put(lower(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), m);
        }
        MONTHS.putAll(AP_MONTHS);
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(lower(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), d);
            WEEKDAYS.put(lower(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), d);
        }
        WEEKDAYS.putAll(AP_WEEKDAYS);
        MONTH_ABBREVIATIONS = MONTHS.keySet().stream()
            .filter(w -> !w.equals(lower(MONTHS.get(w).getDisplayName(TextStyle.FULL, Locale.ENGLISH))))
            .collect(Collectors.toUnmodifiableSet());
        MONTH_KEYS = MONTHS.keySet().toArray(String[]::new);
    }

    /** The days named against the article's own day: a closed class of English. */
    private static final Set<String> DEICTIC_DAYS = Set.of("yesterday", "today", "tonight", "tomorrow");

    private CalendarWords() {
    }

    /** "yesterday", "today", "tonight", "tomorrow": a day named only against the article's date. */
    public static boolean isDeicticDay(String lower) {
        return DEICTIC_DAYS.contains(lower);
    }

    /** The month a word names, full or abbreviated, any case, with or without its period ("Sept.", "oct"). */
    public static Optional<Month> month(String word) {
        return Optional.ofNullable(MONTHS.get(key(word)));
    }

    /** The last month of each season of the northern temperate year, as news datelines mostly write them. */
    private static final Map<String, Month> SEASON_ENDS = Map.of("spring", Month.MAY, "summer", Month.AUGUST,
        "autumn", Month.NOVEMBER, "fall", Month.NOVEMBER, "winter", Month.FEBRUARY);

    /** The last month of the season a word names ("summer": August), or empty; a season is three months. */
    public static Optional<Month> seasonEnd(String word) {
        return Optional.ofNullable(SEASON_ENDS.get(lower(word)));
    }

    /** The weekday a word names, full or abbreviated, any case, with or without its period ("Thurs.", "friday"). */
    public static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(key(word)));
    }

    public static boolean isMonth(String word) {
        return MONTHS.containsKey(key(word));
    }

    public static boolean isWeekday(String word) {
        return WEEKDAYS.containsKey(key(word));
    }

    /** Whether a word is a weekday's full name ("Sunday", not "Sun", which is also a word and a name). */
    public static boolean isWeekdayName(String word) {
        DayOfWeek d = WEEKDAYS.get(key(word));
        return d != null && key(word).equals(lower(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    }

    /**
     * Whether a text may name a month where {@link #monthPattern()} finds one: some run of letters
     * ends with a month's name or abbreviation, in any case. A quick test before the month patterns
     * are run over a text: it may say yes where they find nothing, never no where they find one.
     */
    public static boolean mayNameMonth(String text) {
        for (int end = 0; end < text.length(); end++) {
            if (!Character.isLetter(text.charAt(end)) || end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
                continue;
            }
            for (String m : MONTH_KEYS) {
                int from = end + 1 - m.length();
                if (from >= 0 && text.regionMatches(true, from, m, 0, m.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Abbreviated month names in lower case, without period ("jan", "sept"): a period after them ends no sentence. */
    public static Set<String> monthAbbreviations() {
        return MONTH_ABBREVIATIONS;
    }

    /** A regular expression (no group) for any month name, case-insensitive, longest first, period optional after an abbreviation. */
    public static String monthPattern() {
        return alternation(MONTHS.keySet(), MONTH_ABBREVIATIONS);
    }

    /**
     * A regular expression (no group) for any weekday name, longest first: a full name in any case,
     * an abbreviation only capitalized and followed by its period or a comma ("Wed, 22 Jan", "Thurs."),
     * since "sun", "sat" and "wed" are words of their own.
     */
    public static String weekdayPattern() {
        return weekdayPattern(false);
    }

    /** As {@link #weekdayPattern()}, with abbreviations allowed bare where the context makes them dates ("from Tue to Thur"). */
    public static String weekdayPattern(boolean bareAbbreviations) {
        String full = WEEKDAYS.keySet().stream().filter(w -> w.endsWith("day"))
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
        String short_ = WEEKDAYS.keySet().stream().filter(w -> !w.endsWith("day"))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining("|"));
        return "(?:(?i:" + full + ")(?![\\p{L}])|(?:" + short_ + ")" + (bareAbbreviations ? "\\.?(?![\\p{L}])" : "(?:\\.|(?=,))")
            + ")";
    }

    private static String alternation(Set<String> words, Set<String> abbreviations) {
        // the abbreviations' own alternation, after the full names: "Sept" before "Sep"
        String full = words.stream().filter(w -> !abbreviations.contains(w))
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
        String short_ = abbreviations.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
        return "(?i:(?:" + full + ")|(?:" + short_ + ")\\.?)(?![\\p{L}])";
    }

    private static String key(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return lower(w);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
