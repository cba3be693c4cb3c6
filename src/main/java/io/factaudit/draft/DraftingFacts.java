package io.factaudit.draft;

import io.factaudit.quantity.Interval;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.KnownQuote;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Person;
import io.factaudit.sheet.Place;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts built for drafting, so the audit's own readers read what a draft needs. The count reader
 * reads the counts of subjects that have estimates, by the sources that give them: a subject with
 * no rows yet gets one placeholder row per source, whose interval is so wide that no figure is set
 * aside as implausible and whose date is the corpus's first, so no year in it reads as history.
 */
final class DraftingFacts {

    /** An interval no count reaches beyond: a placeholder row judges nothing. */
    private static final Interval ANY_COUNT = new Interval(0L, 1_000_000_000_000_000L);
    private static final FactLocation DRAFTED = new FactLocation("(draft)", 0);

    private DraftingFacts() {
    }

    /**
     * Facts whose estimates are placeholders, one for each subject and each of its possible sources;
     * with the sheet's places, so the count reader says where each count is.
     */
    static Facts forCounts(List<Name> names, Map<String, Set<String>> sourcesBySubject, LocalDate first, Policy policy,
                           List<Place> places) {
        List<Estimate> rows = new ArrayList<>();
        sourcesBySubject.forEach((subject, sources) -> sources.forEach(source ->
            rows.add(new Estimate(subject, source, first, ANY_COUNT, "any", "", DRAFTED))));
        return new Facts(names, rows, List.of(), List.of(), List.of(), List.of(), policy, places);
    }

    /** Facts holding quotes (with their speakers as people), to find every rendering of each. */
    static Facts forQuotes(List<Name> names, List<Person> people, List<KnownQuote> quotes, Policy policy) {
        return new Facts(names, List.of(), List.of(), quotes, people, List.of(), policy);
    }

    /** Facts holding the people, to read the titles articles give them. */
    static Facts forTitles(List<Name> names, List<Person> people, Policy policy) {
        return new Facts(names, List.of(), List.of(), List.of(), people, List.of(), policy);
    }

    /** Facts holding the milestones and events a sheet names, to read when articles date them. */
    static Facts forDates(List<Name> names, List<Milestone> milestones, List<Event> events, Policy policy) {
        return new Facts(names, List.of(), milestones, List.of(), List.of(), events, policy);
    }

    static FactLocation drafted() {
        return DRAFTED;
    }
}
