package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.EarlierWords;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import io.factaudit.quantity.Measure;
import io.factaudit.quantity.Quantity;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * A rule that sets a number aside: a year before it, earlier than the year before the sheet's first
 * estimate, makes it a historical figure ("in the 1950-53 war, 200,000 troops"); so does a year told
 * from the article's date ("last year", "three years ago") that is earlier than the sheet's first
 * estimate ("a storm last year left 300,000 homes dark"); so does an event marked as another, earlier
 * occasion that is the subject of the count's clause ("the previous storm left 300,000 homes dark", "a
 * similar accident killed 90 passengers"). A year that names what is counted, not when ("2019 models",
 * "since 2019"), is no date of the figure ({@link ProductYear}).
 */
final class HistoricalFigure {

    static final String NAME = "a historical figure";

    private HistoricalFigure() {
    }

    /** The year that makes the count historical, or null. */
    static Span yearBefore(CountSentence s, Quantity count, List<Quantity> all) {
        return all.stream().filter(y -> y.measure() == Measure.YEAR && y.value() < s.context().firstYear() - 1
            && y.span().end() <= count.span().start() && !ProductYear.is(s, y)).map(Quantity::span).findFirst().orElse(null);
    }

    /**
     * "Last summer, 3 people died", "last March 40 homes flooded": a season or month named with "last"
     * before the count in its sentence whose latest occurrence before the article's date falls in a year
     * before the sheet's first estimate; the two words, or null.
     */
    static Span lastSeasonBefore(CountSentence s, Quantity count) {
        LocalDate published = s.context().document().article().published();
        if (published == null) {
            return null;
        }
        List<Words.Word> words = s.words();
        int first = Words.indexAt(words, count.span().start());
        for (int i = 1; i < first; i++) {
            if (!words.get(i - 1).is("last")) {
                continue;
            }
            Words.Word named = words.get(i);
            Optional<Month> end = CalendarWords.seasonEnd(named.lower())
                .or(() -> CalendarWords.month(named.lower()).filter(m -> named.capitalized()));
            if (end.isEmpty()) {
                continue;
            }
            // the latest such month strictly before the article's month; a season of three months ends in it
            int year = end.get().getValue() < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
            if (year < s.context().firstYear()) {
                return s.wordsSpan(i - 1, i + 1);
            }
        }
        return null;
    }

    /** The words that end the clause of a count before a later year can no longer be its date. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "\u2014", "(", "but", "while", "whereas");

    /**
     * "since 40 people drowned in 2011", "90 passengers died when a ferry sank in 2009", "9,000 during
     * the 2019 drought": a year earlier than the year before the sheet's first estimate, after "in" (and
     * a month) or naming an event after "the", later in the count's clause; those words, or null.
     * ("since 2019" counts up to now, and stays a count.)
     */
    static Span yearAfter(CountSentence s, Quantity count, List<Quantity> all) {
        List<Words.Word> words = s.words();
        int after = Words.indexAt(words, count.span().end());
        for (Quantity y : all) {
            if (y.measure() != Measure.YEAR || y.value() >= s.context().firstYear() - 1 || y.span().start() < count.span().end()
                || ProductYear.is(s, y)) {
                continue;
            }
            int at = Words.indexAt(words, y.span().start());
            int in = at - 1 >= 0 && CalendarWords.isMonth(words.get(at - 1).lower()) ? at - 2 : at - 1;
            boolean ofEvent = in >= after && words.get(in).is("the") && at + 1 < words.size()
                && WordForms.isNoun(words.get(at + 1).lower());
            if (in < after || !words.get(in).is("in") && !ofEvent || clauseEnds(words, after, in)) {
                continue;
            }
            return s.wordsSpan(in, ofEvent ? at + 2 : at + 1); // "in 2011", "during the 2019 drought"
        }
        return null;
    }

    private static boolean clauseEnds(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.contains(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "last year", "a year ago", "two years ago" before the count in its sentence, when that year is before the sheet's first; or null. */
    static Span yearsAgoBefore(CountSentence s, Quantity count, List<Quantity> all) {
        LocalDate published = s.context().document().article().published();
        if (published == null) {
            return null;
        }
        List<Words.Word> words = s.words();
        int first = Words.indexAt(words, count.span().start());
        for (int i = 1; i < first; i++) {
            Words.Word w = words.get(i);
            int back = w.is("year") && words.get(i - 1).is("last") ? 1
                : w.is("ago") && words.get(i - 1).is("year", "years") ? yearsBack(words.get(Math.max(0, i - 2)), all) : 0;
            int start = w.is("year") ? i - 1 : Math.max(0, i - 2);
            if (back > 0 && published.getYear() - back < s.context().firstYear()) {
                return s.wordsSpan(start, i + 1);
            }
        }
        return null;
    }

    /** How far before the count the event of another occasion may stand in its clause ("the previous worst storm on the coast had left"). */
    private static final int OCCASION_REACH = 8;
    /** How far after the count its clause may name another occasion ("the 7 deaths recorded in the last accident"). */
    private static final int OCCASION_AFTER = 8;

    /**
     * "the previous storm left 300,000", "a similar accident killed 90", "the previous worst accident
     * killed 90", "In a similar accident last year, 90 drowned" (a fronted phrase of occasion), "the 7
     * deaths recorded in the last accident" (after the count in its clause): the words of the other
     * occasion, or null.
     */
    static Span otherOccasionBefore(CountSentence s, Quantity count) {
        List<Words.Word> words = s.words();
        int first = Words.indexAt(words, count.span().start());
        for (int i = first - 1; i >= Math.max(1, first - 1 - OCCASION_REACH); i--) {
            Words.Word w = words.get(i);
            if (w.is(";", ":", "\u2014", "and", "but", "than", "unlike") || w.is(",") && !frontedPhrase(s, i)) {
                return null;
            }
            int marked = occasion(s, i);
            if (marked >= 0) {
                return s.wordsSpan(marked, i + 1);
            }
        }
        int after = Words.indexAt(words, count.span().end());
        for (int i = after; i < Math.min(words.size(), after + OCCASION_AFTER); i++) {
            if (words.get(i).is(",", ";", ":", "\u2014", "but", "than", "while")) {
                return null;
            }
            int marked = occasion(s, i);
            int prep = marked >= 1 && words.get(marked - 1).is("the", "a", "an") ? marked - 2 : marked - 1;
            if (marked >= 0 && prep >= after && words.get(prep).is("in", "during", "after", "of", "from")) {
                return s.wordsSpan(marked, i + 1); // "recorded in the last accident"
            }
        }
        return null;
    }

    /** The index of the word marking word {@code i} as an event of another occasion ("previous storm", "similar worst accident"), or -1. */
    private static int occasion(CountSentence s, int i) {
        if (!event(s.word(i).lower())) {
            return -1;
        }
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (EarlierWords.OTHER_OCCASION.contains(s.word(k).lower())) {
                return k;
            }
            if (!s.tag(s.word(k)).equals("ADJ")) {
                return -1; // one adjective may stand between: "the previous worst accident"
            }
        }
        return -1;
    }

    /** Whether the comma at word {@code comma} closes a phrase the sentence opens with a preposition ("In a similar accident last year, ..."). */
    private static boolean frontedPhrase(CountSentence s, int comma) {
        return comma > 1 && io.factaudit.lexicon.ClosedClass.PREPOSITIONS.contains(s.word(0).lower());
    }

    /** WordNet's files of the nouns of what happens: "accident", "storm", "outage", "evacuation", "disaster". */
    private static final java.util.Set<String> HAPPENINGS = java.util.Set.of("noun.event", "noun.phenomenon", "noun.act", "noun.state");

    /** A noun whose most frequent sense is something that happens (an event, a phenomenon, an act, a state). */
    static boolean event(String noun) {
        return WordForms.isNoun(noun) && HAPPENINGS.stream().anyMatch(f -> WordNet.inLexFile(noun, POS.NOUN, f, 1));
    }

    /** How many years "a year ago", "two years ago" go back: 1 for "a", the number read of the word, else 0. */
    private static int yearsBack(Words.Word before, List<Quantity> all) {
        if (before.is("a", "one")) {
            return 1;
        }
        return all.stream().filter(q -> q.span().start() <= before.span().start() && before.span().end() <= q.span().end()
            && q.value() > 0 && q.value() < 100).map(q -> (int) q.value()).findFirst().orElse(0);
    }
}
