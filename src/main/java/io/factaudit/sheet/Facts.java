package io.factaudit.sheet;

import java.util.List;
import java.util.Optional;

/** Everything one scenario (with its Background) states: names, facts of every kind, and policy. */
public record Facts(List<Name> names, List<Estimate> estimates, List<Milestone> milestones, List<KnownQuote> quotes,
                    List<Person> people, List<Event> events, Policy policy) {

    public Facts {
        names = List.copyOf(names);
        estimates = List.copyOf(estimates);
        milestones = List.copyOf(milestones);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        events = List.copyOf(events);
    }

    public Optional<Name> name(String name) {
        return names.stream().filter(n -> n.name().equalsIgnoreCase(name)).findFirst();
    }

    public boolean isEmpty() {
        return estimates.isEmpty() && milestones.isEmpty() && quotes.isEmpty() && people.isEmpty() && events.isEmpty();
    }
}
