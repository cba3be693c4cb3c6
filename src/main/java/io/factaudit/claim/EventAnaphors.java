package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event named again by the noun of its act alone ({@link EventNouns}), once the article has
 * named it: after "shareholders voted ...", "the vote on Friday" and "Friday's vote" are that vote.
 * The noun is definite ("the", "this", a possessive) and heads its phrase ("the vote count" is a
 * count); a noun two events share names neither.
 */
final class EventAnaphors {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their", "'s");

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
                for (String noun : EventNouns.of(wording)) {
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
            if (e != null && named.contains(e) && DEFINITE.contains(w.lower(i - 1)) && headsItsPhrase(w, i)) {
                found.add(new Found(e, i));
            }
        }
        return found;
    }

    /** No noun after it that it would modify, and no "of" that would name another thing's act. */
    private static boolean headsItsPhrase(SentenceWords w, int i) {
        return i + 1 >= w.size() || !w.lower(i + 1).equals("of") && !Lexicon.isModifier(w.get(i + 1));
    }
}
