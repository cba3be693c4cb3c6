package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.Synonyms;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event named again by the noun of its act alone ({@link EventNouns}) or the head of its noun
 * wording ("referendum" of "the Osk referendum"), or a noun WordNet gives for the same act ("the
 * shutdown" for "the closure": {@link Synonyms#ofTheAct}), once the article has named it: after
 * "shareholders voted ...", "the vote on Friday", "Friday's vote", "the June 12 vote" and "the vote
 * of 27 November" are that vote. The noun is definite ("the", "this", a possessive) and heads its
 * phrase ("the vote count" is a count); a noun two events share names neither.
 */
final class EventAnaphors {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their", "'s");
    /** Words of a date or a name between the definite word and the noun: "the June 12 signing". */
    private static final int MOST_MODIFIERS = 3;

    /** Where an event is named again: the noun's index in the sentence. */
    record Found(Event event, int at) {
    }

    private final Map<String, Event> byNoun;

    private EventAnaphors(Map<String, Event> byNoun) {
        this.byNoun = byNoun;
    }

    static EventAnaphors of(Facts facts) {
        Map<String, Event> byNoun = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Event e : facts.events()) {
            List<String> wordings = new ArrayList<>(e.aliases());
            wordings.add(e.event());
            for (String wording : wordings) {
                Set<String> nouns = new HashSet<>(EventNouns.of(wording));
                nouns.addAll(EventNouns.head(wording));
                new ArrayList<>(nouns).forEach(noun -> nouns.addAll(Synonyms.ofTheAct(noun)));
                for (String noun : nouns) {
                    Event before = byNoun.putIfAbsent(noun, e);
                    if (before != null && before != e) {
                        shared.add(noun);
                    }
                }
            }
        }
        shared.forEach(byNoun::remove);
        return new EventAnaphors(Map.copyOf(byNoun));
    }

    /** The events of {@code named} named again in a sentence. */
    List<Found> find(SentenceWords w, Set<Event> named) {
        List<Found> found = new ArrayList<>();
        if (named.isEmpty()) {
            return found;
        }
        for (int i = 1; i < w.size(); i++) {
            Event e = byNoun.get(w.lower(i));
            if (e != null && named.contains(e) && definite(w, i) && headsItsPhrase(w, i)) {
                found.add(new Found(e, i));
            }
        }
        return found;
    }

    /**
     * A definite word before the noun, or before the date or name that modifies it: "the vote",
     * "the June 12 signing", "the 4 March referendum".
     */
    private static boolean definite(SentenceWords w, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 1 - MOST_MODIFIERS; j--) {
            if (DEFINITE.contains(w.lower(j))) {
                return true;
            }
            if (!Lexicon.isNameLike(w.get(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * No noun after it that it would modify, and no "of" that would name another thing's act
     * ("the vote of the board"); "of" and a date dates it ("the vote of 27 November").
     */
    private static boolean headsItsPhrase(SentenceWords w, int i) {
        if (i + 1 >= w.size()) {
            return true;
        }
        if (w.lower(i + 1).equals("of")) {
            String next = i + 2 < w.size() ? w.get(i + 2).text() : "";
            return !next.isEmpty() && (Character.isDigit(next.charAt(0)) || CalendarWords.isMonth(next)
                || CalendarWords.isWeekday(next));
        }
        return !Lexicon.isModifier(w.get(i + 1));
    }
}
