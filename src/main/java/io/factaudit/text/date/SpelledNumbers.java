package io.factaudit.text.date;

import io.factaudit.article.Span;
import io.factaudit.quantity.Quantity;
import io.factaudit.quantity.NumberReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text with its numbers written in words turned into digits by the project's number reader,
 * so that the date forms need only be written for digits: "May twenty one" reads as "May 21",
 * "tenth of September, two thousand" as "10th of September, 2000", and a year said in pairs,
 * "nineteen ninety nine" or "nineteen zero one", as "1999" and "1901". Spans found in the digit
 * view are mapped back to the words they came from.
 */
final class SpelledNumbers {

    private static final NumberReader NUMBERS = new NumberReader();
    private static final Pattern ORDINAL_WORD = Pattern.compile("(?i).*(?:first|second|third|th)$");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    /** A number word in the plural ("thousands", "hundreds", "dozens") is a vague amount, never a year or a day. */
    private static final Pattern PLURAL_WORD = Pattern.compile("(?i)(?:.*\\s)?\\p{L}+s");

    private final String text;
    /** For each character of the view, where it starts and ends in the original text. */
    private final int[] starts;
    private final int[] ends;
    private final int originalLength;

    private SpelledNumbers(String text, int[] starts, int[] ends, int originalLength) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
    }

    static SpelledNumbers of(String original) {
        List<Quantity> read = NUMBERS.read(original, 0, 0.10);
        StringBuilder view = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 16 * read.size() + 1];
        int[] ends = new int[starts.length];
        int at = 0;
        for (int i = 0; i < read.size(); i++) {
            Quantity q = numeral(original, read.get(i));
            String words = original.substring(q.span().start(), q.span().end());
            if (HAS_DIGIT.matcher(words).find() || q.span().start() < at || PLURAL_WORD.matcher(words).matches()) {
                continue; // "Thousands march": a crowd, not the March of the year 1000
            }
            long value = q.value();
            int end = q.span().end();
            // a year said in two numbers: "nineteen ninety nine", "nineteen zero one", "twenty twenty"
            if (value >= 11 && value <= 20 && i + 1 < read.size() && spelledAfter(original, read.get(i + 1), end)) {
                Quantity second = numeral(original, read.get(i + 1));
                long tail = second.value();
                int tailEnd = second.span().end();
                if (tail == 0 && i + 2 < read.size() && spelledAfter(original, read.get(i + 2), tailEnd)
                    && read.get(i + 2).value() < 10) {
                    tail = read.get(i + 2).value();
                    tailEnd = read.get(i + 2).span().end();
                    i++;
                }
                if (tail < 100 && (tail >= 10 || tailEnd != second.span().end() || tail == 0)) {
                    value = value * 100 + tail;
                    end = tailEnd;
                    i++;
                }
            }
            copy(original, at, q.span().start(), view, starts, ends);
            String digits = value + (ORDINAL_WORD.matcher(words).matches() && end == q.span().end() ? "th" : "");
            for (int k = 0; k < digits.length(); k++) {
                starts[view.length()] = q.span().start();
                ends[view.length()] = end;
                view.append(digits.charAt(k));
            }
            at = end;
        }
        copy(original, at, original.length(), view, starts, ends);
        return new SpelledNumbers(view.toString(), starts, ends, original.length());
    }

    /** The number's own words, without the unit words the reader took with it ("four months": "four"). */
    private static Quantity numeral(String original, Quantity q) {
        String words = original.substring(q.span().start(), q.span().end());
        int end = words.indexOf(' ');
        while (end > 0) {
            List<Quantity> again = NUMBERS.read(words.substring(0, end), 0, 0.10);
            if (again.size() == 1 && again.get(0).value() == q.value() && again.get(0).span().start() == 0) {
                return new Quantity(new Span(q.span().start(), q.span().start() + again.get(0).span().end()), q.value(),
                    q.interval(), q.hedge(), q.measure(), "");
            }
            end = words.indexOf(' ', end + 1);
        }
        return q;
    }

    private static boolean spelledAfter(String original, Quantity next, int end) {
        String between = original.substring(end, Math.max(end, next.span().start()));
        return next.span().start() >= end && between.isBlank() && between.length() <= 2
            && !HAS_DIGIT.matcher(original.substring(next.span().start(), next.span().end())).find()
            && !original.substring(next.span().start(), next.span().end()).toLowerCase(Locale.ROOT).contains("and");
    }

    private static void copy(String original, int from, int to, StringBuilder view, int[] starts, int[] ends) {
        for (int i = from; i < to; i++) {
            starts[view.length()] = i;
            ends[view.length()] = i + 1;
            view.append(original.charAt(i));
        }
    }

    /** The text with numbers in digits. */
    String text() {
        return text;
    }

    /** The original words of a span of the digit view. */
    Span original(Span inView) {
        int start = inView.start() < text.length() ? starts[inView.start()] : originalLength;
        int end = inView.end() > 0 ? ends[inView.end() - 1] : 0;
        return new Span(start, Math.max(start, end));
    }
}
