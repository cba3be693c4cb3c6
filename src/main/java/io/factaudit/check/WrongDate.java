package io.factaudit.check;

import io.factaudit.claim.EventDateClaim;
import io.factaudit.sheet.Event;
import java.time.LocalDate;

/** An article dates an event to days that do not include the date the sheet gives it. */
final class WrongDate {

    private WrongDate() {
    }

    /**
     * "dates the State Duma ratified the treaty to 2024-10-23 ("Wednesday", read against this
     * article's date 2024-10-24), but the sheet dates it 2024-10-24".
     */
    static String message(EventDateClaim claim, Event event, LocalDate published) {
        String days = claim.from().equals(claim.to()) ? claim.from().toString() : claim.from() + " to " + claim.to();
        String read = claim.relative() ? ", read against this article's date " + published : "";
        return "dates " + event.event() + " to " + days + " (\"" + claim.when() + "\"" + read + "), but the sheet dates it "
            + event.date();
    }
}
