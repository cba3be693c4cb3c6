package io.factaudit.claim;

import io.factaudit.language.PhraseIndex;
import io.factaudit.language.Words;
import io.factaudit.lexicon.NounForms;
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
 * count before them must not take for a count of the event (nor, for a compound told with its
 * verb, the plural of its nouns: "swapped 12 hostages" is the "hostage swap").
 */
record EventWordings(PhraseIndex<Event> forward, PhraseIndex<ReversedEvent> reversed, EventAnaphors anaphors,
                     ObjectClause clauses, List<ReversedEvent> objects, Map<Event, Set<String>> plurals,
                     ObjectLeftUnsaid unsaid, Map<String, Set<String>> compoundPlurals) {

    /** The plurals a count before the found wording may take as the event's own. */
    Set<String> written(PhraseIndex.Found<Event> found) {
        Set<String> compound = compoundPlurals.get(found.match().phrase().written());
        if (compound == null) {
            return plurals.get(found.owner());
        }
        Set<String> all = new HashSet<>(plurals.get(found.owner()));
        all.addAll(compound);
        return all;
    }

    static EventWordings of(Facts facts) {
        PhraseIndex<Event> wordings = new PhraseIndex<>();
        PhraseIndex<ReversedEvent> reversed = new PhraseIndex<>();
        List<ReversedEvent> objects = new ArrayList<>();
        Map<String, Set<String>> compoundPlurals = new HashMap<>();
        for (Event e : facts.events()) {
            wordings.add(e, e.event());
            EventNouns.withObject(e.event()).forEach(n -> wordings.add(e, n));
            EventNouns.possessive(e.event()).forEach(n -> wordings.add(e, n));
            EventNouns.compound(e.event()).forEach(n -> wordings.add(e, n));
            verbFirst(e, e.event(), wordings, compoundPlurals);
            for (String alias : e.aliases()) {
                wordings.add(e, alias);
                EventNouns.withObject(alias).forEach(n -> wordings.add(e, n));
                EventNouns.possessive(alias).forEach(n -> wordings.add(e, n));
                verbFirst(e, alias, wordings, compoundPlurals);
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
            ObjectLeftUnsaid.of(facts), compoundPlurals);
    }

    /** A compound of an act told with its verb, whose nouns a count may make plural: "swapped 12 hostages". */
    private static void verbFirst(Event e, String wording, PhraseIndex<Event> wordings, Map<String, Set<String>> plurals) {
        for (String told : EventNouns.verbFirst(wording)) {
            wordings.add(e, told);
            Set<String> forms = new HashSet<>();
            Words.of(told).forEach(word -> forms.addAll(NounForms.of(word.lower())));
            plurals.put(told, forms);
        }
    }
}
