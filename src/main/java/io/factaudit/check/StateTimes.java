package io.factaudit.check;

import io.factaudit.claim.StateClaim;
import java.time.LocalDate;

/** How a milestone message names the time a state claim is judged at. */
final class StateTimes {

    private StateTimes() {
    }

    /** " (2024-10-21 to 2024-10-31)" when the article gives the state a time of its own, else "". */
    static String given(StateClaim claim) {
        return claim.time() == null || !claim.time().resolved() ? "" : " (" + claim.time().days() + ")";
    }

    /** " and this article was published 2024-10-30", or nothing when the claim's own time was judged. */
    static String published(StateClaim claim, LocalDate published) {
        return claim.time() != null && claim.time().resolved() ? "" : " and this article was published " + published;
    }
}
