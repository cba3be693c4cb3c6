package io.factaudit.quantity;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds numbers in text with their hedges and what they measure (an interim reader of digit forms). */
public final class NumberReader {

    private static final Map<String, Long> WORDS = Map.ofEntries(
        Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
        Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
        Map.entry("a", 1L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("fifty", 50L), Map.entry("twenty", 20L),
        Map.entry("hundred", 100L), Map.entry("dozen", 12L));
    private static final String HEDGE = "(?:(about|around|approximately|roughly|some|an estimated|nearly|almost|at least|more than|over|above|up to|as many as|fewer than|less than|under|passes|past|close to)\\s+)?";
    private static final String NUM = "(\\$|€|£)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a|a few))"
        + "(?:[- ](hundred|thousand|million|billion|bn))?";
    private static final Pattern NUMBER = Pattern.compile("\\b" + HEDGE + NUM + "(?:\\s*(?:to|-|–)\\s*" + NUM + ")?"
        + "(\\s*(?:%|percent|per cent|km|kilometers|kilometres|miles|°C|degrees|billion|-year-old|-magnitude|-month|-day|-week|-year|-hour|hours|days|weeks|months|years|decades|dollars|lira|euros|won|times)\\b|\\s*°C)?",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b");

    public List<Quantity> read(String text, int offset, double aboutTolerance) {
        List<Quantity> result = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String hedgeWord = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            Long first = value(m.group(3), m.group(4));
            if (first == null || (m.group(3).equalsIgnoreCase("a") && m.group(4) == null)) {
                continue;
            }
            String currency = m.group(2);
            Long second = m.group(6) == null ? null : value(m.group(6), m.group(7));
            String unit = m.group(8) == null ? "" : m.group(8).strip().toLowerCase(Locale.ROOT);
            if (second != null && m.group(4) == null && m.group(7) != null) {
                first = value(m.group(3), m.group(7));
            }
            Measure measure = measure(text, m, currency, unit, first);
            Hedge hedge;
            Interval interval;
            if (second != null && second >= first) {
                hedge = Hedge.RANGE;
                interval = new Interval(first, second);
            } else {
                hedge = switch (hedgeWord) {
                    case "about", "around", "approximately", "roughly", "some", "an estimated", "close to" -> Hedge.ABOUT;
                    case "nearly", "almost" -> Hedge.NEARLY;
                    case "at least" -> Hedge.AT_LEAST;
                    case "more than", "over", "above", "passes", "past" -> Hedge.MORE_THAN;
                    case "up to", "as many as" -> Hedge.UP_TO;
                    case "fewer than", "less than", "under" -> Hedge.FEWER_THAN;
                    default -> Hedge.EXACT;
                };
                interval = hedge.apply(first, aboutTolerance);
            }
            int end = m.group(8) != null && measure == Measure.COUNT ? m.start(8) : m.end();
            result.add(new Quantity(new Span(offset + m.start(), offset + end), second != null ? second : first, interval, hedge,
                measure, currency != null ? currency : unit));
        }
        return result;
    }

    private static Measure measure(String text, Matcher m, String currency, String unit, long value) {
        if (currency != null || unit.equals("billion") || unit.equals("dollars") || unit.equals("lira") || unit.equals("euros") || unit.equals("won")) {
            return Measure.MONEY;
        }
        if (unit.contains("%") || unit.contains("cent")) {
            return Measure.PERCENT;
        }
        if (unit.startsWith("k") || unit.equals("miles")) {
            return Measure.DISTANCE;
        }
        if (unit.contains("°") || unit.equals("degrees")) {
            return Measure.TEMPERATURE;
        }
        if (unit.equals("-year-old")) {
            return Measure.AGE;
        }
        if (unit.equals("-magnitude") || m.group(3).contains(".") && m.group(4) == null) {
            return Measure.DECIMAL;
        }
        if (unit.equals("times")) {
            return Measure.DECIMAL;
        }
        if (!unit.isEmpty()) {
            return Measure.DURATION;
        }
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 14));
        if (TIME.matcher(text.substring(m.start(), Math.min(text.length(), m.end() + 3))).lookingAt()
            || after.startsWith(":") || after.matches("^\\s*[ap]\\.m\\..*")) {
            return Measure.TIME;
        }
        if (MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find()) {
            return Measure.DATE;
        }
        if (value >= 1000 && value <= 2100 && !m.group(3).contains(",") && m.group(4) == null) {
            return Measure.YEAR;
        }
        if (after.matches("^(st|nd|rd|th)\\b.*")) {
            return Measure.ORDINAL;
        }
        return Measure.COUNT;
    }

    private static Long value(String digits, String scale) {
        String d = digits.toLowerCase(Locale.ROOT);
        double n;
        if (WORDS.containsKey(d)) {
            n = WORDS.get(d);
        } else if (d.equals("a few")) {
            return null;
        } else {
            try {
                n = Double.parseDouble(d.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (scale != null) {
            n *= switch (scale.toLowerCase(Locale.ROOT)) {
                case "hundred" -> 100;
                case "thousand" -> 1_000;
                case "million" -> 1_000_000;
                default -> 1_000_000_000;
            };
        }
        return Math.round(n);
    }
}
