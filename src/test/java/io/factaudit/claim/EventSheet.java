package io.factaudit.claim;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;

/**
 * An invented town's events, and the dated mentions the event-date reader finds of them. The
 * events are dated after the articles the tests write, so that one told as to come ("will vote on
 * Friday") is the sheet's, not another occurrence of an act already done.
 */
final class EventSheet {

    static final Facts TOWN = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the council approved the budget", LocalDate.of(2025, 3, 20),
            List.of("approved the budget", "council voted", "council will vote", "budget session"),
            new FactLocation("features/town.feature", 7)),
        new Event("the dam failed", LocalDate.of(2025, 3, 22), List.of("dam failed", "dam burst", "dam gave way"),
            new FactLocation("features/town.feature", 8))), Policy.DEFAULT);

    private EventSheet() {
    }

    /** "words: event from..to" for each claim read from the text, published on the given day. */
    static List<String> read(String text, String published) {
        return new EventDateReader().read(Sheets.article(text, published), TOWN).stream()
            .map(EventDateClaim.class::cast).map(c -> c.text() + ": " + c.event() + " " + c.from() + ".." + c.to())
            .toList();
    }

    /** The days of each claim read from the text: "from..to". */
    static List<String> days(String text, String published) {
        return new EventDateReader().read(Sheets.article(text, published), TOWN).stream()
            .map(EventDateClaim.class::cast).map(c -> c.from() + ".." + c.to()).toList();
    }
}
