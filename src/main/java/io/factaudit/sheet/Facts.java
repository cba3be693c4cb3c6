package io.factaudit.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything one scenario (with its Background) states: names, facts of every kind, places and policy. */
public record Facts(List<Name> names, List<Estimate> estimates, List<Milestone> milestones, List<KnownQuote> quotes,
                    List<Person> people, List<Event> events, Policy policy, List<Place> places) {

    public Facts {
        names = List.copyOf(names);
        estimates = List.copyOf(estimates);
        milestones = List.copyOf(milestones);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        events = List.copyOf(events);
        places = List.copyOf(places);
    }

    /** Facts of a sheet without places. */
    public Facts(List<Name> names, List<Estimate> estimates, List<Milestone> milestones, List<KnownQuote> quotes,
                 List<Person> people, List<Event> events, Policy policy) {
        this(names, estimates, milestones, quotes, people, events, policy, List.of());
    }

    public Optional<Name> name(String name) {
        return names.stream().filter(n -> n.name().equalsIgnoreCase(name)).findFirst();
    }

    public boolean isEmpty() {
        return estimates.isEmpty() && milestones.isEmpty() && quotes.isEmpty() && people.isEmpty() && events.isEmpty();
    }

    /** Whether the sheet keeps counts by place: it lists places or has estimates with a {@code where}. */
    public boolean hasPlaces() {
        return !places.isEmpty() || estimates.stream().anyMatch(e -> e.place() != null);
    }

    public Optional<Place> place(String name) {
        return places.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The places that hold a place, nearest first ("Buncombe County": North Carolina); the sheet has no cycles. */
    public List<String> holders(String place) {
        List<String> chain = new ArrayList<>();
        Optional<Place> p = place(place);
        while (p.isPresent() && p.get().within() != null && !chain.contains(p.get().within())
            && chain.size() <= places.size()) {
            chain.add(p.get().within());
            p = place(p.get().within());
        }
        return chain;
    }
}
