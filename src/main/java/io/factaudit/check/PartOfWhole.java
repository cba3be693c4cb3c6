package io.factaudit.check;

import io.factaudit.claim.CountClaim;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Facts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A part can't exceed its whole: a count located in a place is more than the places that hold it
 * (and the whole) can hold on the article's date when it is above the largest estimate that holds
 * there for every source of the holder (FACT-SHEETS.md 1.1, "Places and parts of a whole").
 */
final class PartOfWhole {

    /** The holder that is exceeded (null for the whole) and its largest estimate holding that day. */
    record Exceeded(String holder, Estimate row) {
    }

    private final Facts facts;
    private final LocalDate day;

    PartOfWhole(Facts facts, LocalDate day) {
        this.facts = facts;
        this.day = day;
    }

    Optional<Exceeded> exceeded(CountClaim claim) {
        Long low = claim.interval().low();
        if (low == null || claim.where() == null) {
            return Optional.empty();
        }
        List<String> holders = new ArrayList<>(facts.holders(claim.where()));
        holders.add(null);
        for (String holder : holders) {
            List<Estimate> holding = new EstimateTimeline(facts.estimates(), claim.subject(), holder, day).currentOfAll();
            if (holding.isEmpty() || holding.stream().anyMatch(e -> e.count().high() == null)) {
                continue;
            }
            Estimate largest = holding.stream().max((a, b) -> Long.compare(a.count().high(), b.count().high())).get();
            if (low > largest.count().high()) {
                return Optional.of(new Exceeded(holder, largest));
            }
        }
        return Optional.empty();
    }
}
