package io.factaudit.language;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import io.factaudit.lexicon.SpellingVariants;
import io.factaudit.quantity.Measure;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets house style aside in quoted speech, so that two outlets' renderings of the same words read
 * the same: a date is one word whatever its order ("July 25", "25 July", "July 25th"), read by the
 * {@link DateResolver}; a number is one word whatever its form ("97", "ninety-seven"), read by the
 * project's {@link NumberReader}, and a percentage is followed by "percent" whether written "%",
 * "percent" or "per cent"; a word spelled the US or the UK way is one word ({@link SpellingVariants}).
 */
final class HouseStyle {

    /** Any day will do: only the day and month of a date without a year are compared. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final NumberReader NUMBERS = new NumberReader();
    private static final double ABOUT = 0.1;

    private HouseStyle() {
    }

    /**
     * The words with dates, numbers and spellings in one form each.
     *
     * @param text  the text the words were read from
     * @param words its words, as {@link QuotedWords} splits them
     */
    static List<SpokenWord> of(String text, List<SpokenWord> words) {
        List<SpokenWord> out = new ArrayList<>(words);
        List<Span> dates = new ArrayList<>();
        for (DateMention date : new DateResolver(ANY_DAY).find(text)) {
            if (date.from() != null && date.from().equals(date.to())) {
                boolean year = text.substring(date.span().start(), date.span().end()).matches("(?s).*\\d{4}.*");
                String form = "date " + (year ? date.from().toString() : date.from().format(MONTH_DAY));
                Span span = withDayArticle(out, text, date.span());
                replace(out, span, form);
                dates.add(span);
            }
        }
        for (Quantity q : NUMBERS.read(text, 0, ABOUT)) {
            if (dates.stream().noneMatch(d -> d.overlaps(q.span()))) {
                replaceNumber(out, q);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            SpokenWord w = out.get(i);
            String canonical = SpellingVariants.canonical(w.text());
            if (!canonical.equals(w.text())) {
                out.set(i, new SpokenWord(canonical, w.start(), w.end(), w.afterCut()));
            }
        }
        return out;
    }

    /** The number's own words become its value; a percentage's sign or words become "percent". */
    private static void replaceNumber(List<SpokenWord> words, Quantity q) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            SpokenWord w = words.get(i);
            if (q.span().contains(new Span(w.start(), w.end())) && isNumeral(w.text())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        int unitEnd = last;
        if (q.measure() == Measure.PERCENT) {
            while (unitEnd + 1 < words.size() && q.span().contains(new Span(words.get(unitEnd + 1).start(),
                words.get(unitEnd + 1).end()))) {
                unitEnd++;
            }
        }
        SpokenWord from = words.get(first);
        SpokenWord to = words.get(last);
        List<SpokenWord> replaced = new ArrayList<>();
        replaced.add(new SpokenWord("#" + q.value(), from.start(), to.end(), from.afterCut()));
        if (q.measure() == Measure.PERCENT) {
            SpokenWord unit = words.get(unitEnd);
            replaced.add(new SpokenWord("percent", unitEnd > last ? words.get(last + 1).start() : to.end(),
                unitEnd > last ? unit.end() : q.span().end(), false));
        }
        words.subList(first, unitEnd + 1).clear();
        words.addAll(first, replaced);
    }

    /** A word that is a number by itself: digits, or a number word ("ninety", "seven", "million"). */
    private static boolean isNumeral(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return !NUMBERS.read(word, 0, ABOUT).isEmpty();
    }

    /** "the 25th of July": the article before a day written first belongs to the date. */
    private static Span withDayArticle(List<SpokenWord> words, String text, Span date) {
        if (!Character.isDigit(text.charAt(date.start()))) {
            return date;
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            SpokenWord w = words.get(i);
            if (w.end() <= date.start()) {
                boolean adjacent = text.substring(w.end(), date.start()).isBlank();
                return w.text().equals("the") && adjacent ? new Span(w.start(), date.end()) : date;
            }
        }
        return date;
    }

    /** The words inside a span become one word. */
    private static void replace(List<SpokenWord> words, Span span, String form) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            SpokenWord w = words.get(i);
            if (span.contains(new Span(w.start(), w.end()))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        SpokenWord one = new SpokenWord(form, words.get(first).start(), words.get(last).end(), words.get(first).afterCut());
        words.subList(first, last + 1).clear();
        words.add(first, one);
    }
}
