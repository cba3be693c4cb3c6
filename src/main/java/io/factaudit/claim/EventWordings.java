package io.factaudit.claim;

import io.factaudit.language.PhraseIndex;
import io.factaudit.language.Words;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sheet's events' wordings, compiled for {@link EventDateReader}: read as written, as the
 * noun of their act and a compound noun as its verb ({@link EventNouns}), object first
 * ({@link ReversedEvent}), named again ({@link EventAnaphors}), as a verb and a clause naming the object ({@link ObjectClause}), and by
 * subject and verb alone ({@link ObjectLeftUnsaid}); with each event's own words, which a plural
 * count before them must not take for a count of the event.
 */
record EventWordings(PhraseIndex<Event> forward, PhraseIndex<ReversedEvent> reversed, EventAnaphors anaphors,
                     ObjectClause clauses, List<ReversedEvent> objects, Map<Event, Set<String>> plurals,
                     ObjectLeftUnsaid unsaid) {

    static EventWordings of(Facts facts) {
        PhraseIndex<Event> wordings = new PhraseIndex<>();
        PhraseIndex<ReversedEvent> reversed = new PhraseIndex<>();
        List<ReversedEvent> objects = new ArrayList<>();
        for (Event e : facts.events()) {
            wordings.add(e, e.event());
            EventNouns.withObject(e.event()).forEach(n -> wordings.add(e, n));
            EventNouns.possessive(e.event()).forEach(n -> wordings.add(e, n));
            EventNouns.compound(e.event()).forEach(n -> wordings.add(e, n));
            EventNouns.verbFirst(e.event()).forEach(v -> wordings.add(e, v));
            for (String alias : e.aliases()) {
                wordings.add(e, alias);
                EventNouns.withObject(alias).forEach(n -> wordings.add(e, n));
                EventNouns.possessive(alias).forEach(n -> wordings.add(e, n));
                EventNouns.verbFirst(alias).forEach(v -> wordings.add(e, v));
                ReversedEvent r = ReversedEvent.of(e, alias);
                if (r != null) {
                    reversed.add(r, r.object().written());
                    objects.add(r);
                }
            }
        }
        ObjectClause clauses = ObjectClause.of(facts);
        clauses.respelled().forEach(r -> wordings.add(r.event(), r.wording()));
        Map<Event, Set<String>> plurals = new HashMap<>();
        for (Event e : facts.events()) {
            Set<String> words = new HashSet<>();
            Stream.concat(Stream.of(e.event()), e.aliases().stream())
                .forEach(a -> Words.of(a).forEach(word -> words.add(word.lower())));
            plurals.put(e, words);
        }
        return new EventWordings(wordings, reversed, EventAnaphors.of(facts), clauses, objects, plurals,
            ObjectLeftUnsaid.of(facts));
    }
}
