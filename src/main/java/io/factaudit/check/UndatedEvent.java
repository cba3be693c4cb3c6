package io.factaudit.check;

import io.factaudit.claim.EventDateClaim;
import io.factaudit.sheet.Event;

/** An undated article dates an event relative to its own date ("last summer", "on Thursday"). */
final class UndatedEvent {

    private UndatedEvent() {
    }

    /**
     * "dates Ukraine's Kursk incursion began "last summer", which depends on the article's date,
     * and this article has no date: give it one ... to check it against the sheet's 2024-08-06".
     */
    static String message(EventDateClaim claim, Event event) {
        return "dates " + event.event() + " \"" + claim.when() + "\", which depends on the article's date, and this"
            + " article has no date: give it one (a sidecar .json with \"published\", or a dateline) to check it against"
            + " the sheet's " + event.date();
    }
}
