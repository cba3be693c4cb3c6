package io.factaudit.claim;

import io.factaudit.language.Inflections;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Phrase;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.language.Words;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.sheet.Event;
import java.util.List;
import java.util.Set;

/**
 * An event worded verb first ("signed a water-sharing treaty") found object first, as relative
 * clauses and passives write it: "the treaty that Osk and Tarn signed in June", "the pact was
 * signed in June", "the treaty, signed in Tarnby".
 */
final class ReversedEvent {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final int MOST_BETWEEN = 8;
    private static final Set<String> DATE_STARTS = Set.of("yesterday", "today", "tonight", "tomorrow", "last", "this", "next",
        "earlier", "later");

    private final Event event;
    private final Phrase object;
    private final String verb;

    private ReversedEvent(Event event, Phrase object, String verb) {
        this.event = event;
        this.object = object;
        this.verb = verb;
    }

    /** The reversed reading of a wording, when it is a verb in a past form, an article, then an object. */
    static ReversedEvent of(Event event, String wording) {
        List<Word> words = Words.of(wording);
        if (words.size() < 3 || !ARTICLES.contains(words.get(1).lower())) {
            return null;
        }
        Word first = words.get(0);
        if (!first.lower().endsWith("ed") && !Inflections.isIrregularPast(first.lower())) {
            return null;
        }
        String rest = wording.strip().substring(wording.strip().indexOf(' ') + 1);
        return new ReversedEvent(event, Phrase.of(rest), first.stem());
    }

    Event event() {
        return event;
    }

    Phrase object() {
        return object;
    }

    /** The object's head noun, lower case: "treaty" of "a water-sharing treaty". */
    String head() {
        List<Word> words = Words.of(object.written());
        return words.get(words.size() - 1).lower();
    }

    /** Where the verb stands within reach after the object, judged on words alone; -1 when it does not. */
    int verbNear(SentenceWords w, int objectLast) {
        for (int i = objectLast + 1; i < w.size() && i <= objectLast + 1 + MOST_BETWEEN; i++) {
            if (w.get(i).stem().equals(verb)) {
                return i;
            }
        }
        return -1;
    }

    /** The verb that completes the object matched through {@code objectLast}, or -1. */
    int verbAfter(SentenceWords w, int objectLast) {
        int verbAt = verbNear(w, objectLast);
        if (verbAt < 0 || !Lexicon.looksVerbal(w.lower(verbAt)) || !takesNoObject(w, verbAt)) {
            return -1;
        }
        for (int i = objectLast + 1; i < verbAt; i++) {
            Word word = w.get(i);
            boolean aside = word.is(",") && i == objectLast + 1;
            boolean allowed = aside || word.is("that") || word.is("which") || word.is("and")
                || Lexicon.AUXILIARIES.contains(word.lower()) || Lexicon.PRONOUNS.contains(word.lower())
                || Lexicon.PREPOSITIONS.contains(word.lower()) || Lexicon.isNominal(word) || word.lower().endsWith("ly");
            if (!allowed) {
                return -1; // another verb, a modal, a clause break: the verb is not the object's
            }
        }
        return verbAt;
    }

    /** "the treaty Osk signed in June" names the treaty; "the treaty ... signed the law" does not. */
    private static boolean takesNoObject(SentenceWords w, int verb) {
        int next = verb + 1;
        if (next < w.size() && w.lower(next).endsWith("ly")) {
            next++;
        }
        if (next >= w.size()) {
            return true;
        }
        Word word = w.get(next);
        return word.isPunctuation() || Lexicon.PREPOSITIONS.contains(word.lower()) || startsDate(w, next)
            || !Lexicon.isNominal(word) && !Lexicon.PRONOUNS.contains(word.lower());
    }

    /** A date after the verb is no object: "the treaty Osk signed last week", "the 900 it announced a fortnight ago". */
    private static boolean startsDate(SentenceWords w, int i) {
        String word = w.get(i).text();
        if (CalendarWords.isMonth(word) || CalendarWords.isWeekday(word) || DATE_STARTS.contains(w.lower(i))) {
            return true;
        }
        for (int j = i + 1; j < w.size() && j <= i + 3; j++) {
            if (w.lower(j).equals("ago")) {
                return true;
            }
        }
        return false;
    }
}
