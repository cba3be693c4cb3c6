package io.factaudit.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one scenario (with its Background) states: names, facts of every kind, places and policy.
 *
 * @param subjectsOnly the names the whole sheet states facts about (the subject of estimates or of
 *                     milestones in any of its scenarios) and that are no estimate's source in any of
 *                     them: what is counted or changes, never who gives a figure
 */
public record Facts(List<Name> names, List<Estimate> estimates, List<Milestone> milestones, List<KnownQuote> quotes,
                    List<Person> people, List<Event> events, Policy policy, List<Place> places, Set<String> subjectsOnly) {

    public Facts {
        names = List.copyOf(names);
        estimates = List.copyOf(estimates);
        milestones = List.copyOf(milestones);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        events = List.copyOf(events);
        places = List.copyOf(places);
        subjectsOnly = Set.copyOf(subjectsOnly);
    }

    /** Facts of one scenario read alone: its own subjects that are none of its sources. */
    public Facts(List<Name> names, List<Estimate> estimates, List<Milestone> milestones, List<KnownQuote> quotes,
                 List<Person> people, List<Event> events, Policy policy, List<Place> places) {
        this(names, estimates, milestones, quotes, people, events, policy, places,
            subjectsOnly(List.of(estimates), List.of(milestones)));
    }

    /** Facts of a sheet without places. */
    public Facts(List<Name> names, List<Estimate> estimates, List<Milestone> milestones, List<KnownQuote> quotes,
                 List<Person> people, List<Event> events, Policy policy) {
        this(names, estimates, milestones, quotes, people, events, policy, List.of());
    }

    /**
     * These facts, knowing the whole sheet's scenarios (each scenario's estimates and milestones): the
     * subjects the sheet follows, and each event also by the words of a milestone of its day.
     */
    public Facts withSheet(List<List<Estimate>> estimates, List<List<Milestone>> milestones) {
        List<Milestone> all = milestones.stream().flatMap(List::stream).distinct().toList();
        List<Event> spelled = events.stream().map(e -> SameDayMilestones.spelled(e, all)).toList();
        return new Facts(names, this.estimates, this.milestones, quotes, people, spelled, policy, places,
            subjectsOnly(estimates, milestones));
    }

    private static Set<String> subjectsOnly(List<List<Estimate>> estimates, List<List<Milestone>> milestones) {
        Set<String> subjects = new HashSet<>();
        estimates.forEach(rows -> rows.forEach(e -> subjects.add(e.subject())));
        milestones.forEach(rows -> rows.forEach(m -> subjects.add(m.subject())));
        estimates.forEach(rows -> rows.forEach(e -> subjects.remove(e.source())));
        return subjects;
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
