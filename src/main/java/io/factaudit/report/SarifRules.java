package io.factaudit.report;

import io.factaudit.check.Reason;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The rules report.sarif declares: one per kind of fact, with the reasons it reports. */
final class SarifRules {

    /**
     * @param dated whether the rule's verdict can depend on the article's date, so that an undated
     *              article gets an {@code undated} warning under it
     */
    record Rule(String id, String name, String summary, boolean dated) {

        /** Every reason reported under this rule, with its severity. */
        String reasons() {
            Stream<Reason> own = Stream.of(Reason.values()).filter(r -> id.equals(r.rule()));
            Stream<Reason> all = dated ? Stream.concat(own, Stream.of(Reason.UNDATED)) : own;
            return all.map(r -> r.label() + " (" + r.severity().label() + ")").collect(Collectors.joining(", "));
        }
    }

    static final List<Rule> ALL = List.of(
        new Rule("count", "CountMeetsEstimates",
            "A count must meet an estimate of the source it names, as known on the article's date.", true),
        new Rule("milestone", "StateMatchesMilestones",
            "A subject must not be said to be in a state before the sheet's date for it, nor not yet in it after.",
            true),
        new Rule("quote", "QuoteMatchesKnownQuote",
            "A known quote must be quoted word for word and attributed to the person who said it.", false),
        new Rule("title", "TitleMatchesPerson",
            "A person must be given one of their own titles, and their name spelled as on the sheet.", false),
        new Rule("event", "DateMatchesEvent",
            "A dated mention of an event must give a date or span that contains the event's date.", true));

    private SarifRules() {
    }

    /** The rule's index in {@link #ALL}, or -1 for a rule this version does not know. */
    static int indexOf(String id) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
