package io.factaudit.sheet;

import io.factaudit.lexicon.IrregularVerbs;
import io.factaudit.lexicon.WordForms;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An event and a milestone of the same day, anywhere in the sheet, are one happening: the sheet
 * states it once, and every scenario's events know it by the milestone's words too. With the
 * event "council vote" on 4 March and the milestone "harbour plan" "approved" from 4 March,
 * "members approved the council's harbour plan on Tuesday" dates the vote. A state told by a
 * verb in the past ("approved", "voted through", "reopened", "won approval") gives the wordings
 * "approved the harbour plan" and "harbour plan approved"; a state told otherwise ("over", "open
 * again") gives none. {@link Facts#withSheet} applies it, so the engine's reader and the Cucumber
 * glue spell events alike.
 */
final class SameDayMilestones {

    private SameDayMilestones() {
    }

    /** The event with the wordings of the milestones that begin on its day. */
    static Event spelled(Event event, List<Milestone> milestones) {
        Set<String> aliases = new LinkedHashSet<>(event.aliases());
        for (Milestone m : milestones) {
            if (!m.from().equals(event.date())) {
                continue;
            }
            Stream.concat(Stream.of(m.state()), m.aliases().stream()).map(String::strip).filter(SameDayMilestones::pastVerb)
                .forEach(state -> {
                    aliases.add(state + " the " + m.subject());
                    aliases.add(m.subject() + " " + state);
                });
        }
        aliases.remove(event.event());
        return aliases.size() == event.aliases().size() ? event
            : new Event(event.event(), event.date(), List.copyOf(aliases), event.where());
    }

    /** A state whose first word is a verb in the past: "approved", "voted through", "made official". */
    private static boolean pastVerb(String state) {
        String first = state.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return IrregularVerbs.isPast(first) || first.length() > 4 && first.endsWith("ed") && WordForms.isInflectedVerb(first);
    }
}
