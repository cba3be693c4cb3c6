package io.factaudit.draft;

import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts the dates of the milestones and events a sheet names (their states, events and spellings
 * are the sheet's; their dates are read again from the articles, by the state and event readers):
 * <ul>
 * <li>a milestone from the first day articles state the subject is in the state (the day the
 *     sentence gives, else the article's date) that the fewest articles contradict;</li>
 * <li>an event on the day most articles that date it to one day give (the earliest on a tie);
 *     articles dating it to days that do not meet are where they disagree.</li>
 * </ul>
 */
final class DatesDrafter {

    private final DraftCorpus corpus;
    private final List<Name> names;
    private final Policy policy;

    DatesDrafter(DraftCorpus corpus, List<Name> names, Policy policy) {
        this.corpus = corpus;
        this.names = names;
        this.policy = policy;
    }

    record Result(List<DraftMilestone> milestones, List<DraftEvent> events, List<Disagreement> disagreements) {
    }

    Result draft(List<Milestone> milestones, List<Event> events) {
        if (milestones.isEmpty() && events.isEmpty()) {
            return new Result(List.of(), List.of(), List.of());
        }
        List<Sighting> claims = corpus.claims(DraftingFacts.forDates(names, milestones, events, policy));
        List<DraftMilestone> drafted = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Milestone m : milestones) {
            milestone(m, claims, drafted, disagreements);
        }
        List<DraftEvent> dated = new ArrayList<>();
        for (Event e : events) {
            event(e, claims, dated, disagreements);
        }
        return new Result(drafted, dated, disagreements);
    }

    /**
     * The day the subject entered the state: of the days articles state it, the one fewest articles
     * contradict (stating it before that day, or denying it after); the earliest on a tie. The
     * articles that contradict the day chosen are where they disagree.
     */
    private static void milestone(Milestone m, List<Sighting> claims, List<DraftMilestone> drafted,
                                  List<Disagreement> disagreements) {
        List<Sighting> stated = new ArrayList<>();
        List<Sighting> denied = new ArrayList<>();
        for (Sighting s : claims) {
            if (s.claim() instanceof StateClaim c && c.subject().equals(m.subject()) && c.state().equals(m.state())
                && !c.ended() && day(s) != null) {
                (c.negated() ? denied : stated).add(s);
            }
        }
        LocalDate best = null;
        int fewest = Integer.MAX_VALUE;
        for (LocalDate d : stated.stream().map(DatesDrafter::day).distinct().sorted().toList()) {
            int against = (int) (stated.stream().filter(s -> day(s).isBefore(d)).count()
                + denied.stream().filter(s -> !day(s).isBefore(d)).count());
            if (against < fewest) {
                fewest = against;
                best = d;
            }
        }
        if (best == null) {
            return;
        }
        LocalDate from = best;
        List<Citation> agree = stated.stream().filter(s -> !day(s).isBefore(from)).map(Sighting::citation).toList();
        drafted.add(new DraftMilestone(m.subject(), m.state(), from, m.aliases(), agree));
        List<Citation> before = stated.stream().filter(s -> day(s).isBefore(from)).map(Sighting::citation).toList();
        List<Citation> after = denied.stream().filter(s -> !day(s).isBefore(from)).map(Sighting::citation).toList();
        if (!before.isEmpty() || !after.isEmpty()) {
            List<Disagreement.Side> sides = new ArrayList<>();
            sides.add(new Disagreement.Side(m.state() + " from " + from, agree));
            if (!before.isEmpty()) {
                sides.add(new Disagreement.Side(m.state() + " before " + from, before));
            }
            if (!after.isEmpty()) {
                sides.add(new Disagreement.Side("not yet " + m.state() + " on or after " + from, after));
            }
            disagreements.add(new Disagreement("milestone", m.subject() + " " + m.state(), sides));
        }
    }

    /** The day a state claim speaks of: the day its sentence gives, else its article's date. */
    private static LocalDate day(Sighting s) {
        StateClaim c = (StateClaim) s.claim();
        return c.time() != null && c.time().resolved() ? c.time().from() : s.published();
    }

    private static void event(Event e, List<Sighting> claims, List<DraftEvent> dated, List<Disagreement> disagreements) {
        Map<LocalDate, List<Citation>> byDay = new LinkedHashMap<>();
        List<Citation> spans = new ArrayList<>();
        for (Sighting s : claims) {
            if (s.claim() instanceof EventDateClaim c && c.event().equals(e.event()) && c.from() != null) {
                if (c.from().equals(c.to())) {
                    byDay.computeIfAbsent(c.from(), d -> new ArrayList<>()).add(s.citation());
                } else {
                    spans.add(s.citation());
                }
            }
        }
        if (byDay.isEmpty()) {
            return;
        }
        EventDays days = EventDays.of(e.event(), byDay);
        List<Citation> all = new ArrayList<>(spans);
        byDay.values().forEach(all::addAll);
        dated.add(new DraftEvent(e.event(), days.day(), e.aliases(), all));
        days.disagreement().ifPresent(disagreements::add);
    }
}
