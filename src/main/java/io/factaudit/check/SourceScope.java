package io.factaudit.check;

import io.factaudit.claim.CountClaim;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Facts;
import java.util.List;

/**
 * Where a source counts, when the sheet keeps its counts by place only: a host country's ministry
 * that counts the people in that country, a county office that counts its county. A claim that names
 * such a source and no place of its own ("the ministry says 4,200 people have arrived") and whose
 * figure is one of that source's figures for one place speaks of that place, and is judged against
 * that place's rows: the source has estimates on the sheet, so the claim is not unverifiable
 * (FACT-SHEETS.md, "its source has no estimates on the sheet"). A figure that none of the source's
 * rows meets, or that meets rows of places none of which holds the others, leaves the claim where it was.
 */
final class SourceScope {

    private SourceScope() {
    }

    /**
     * The claim located in the place of its source's rows its figure meets (of several, the one that
     * holds all the others: a source that names no place speaks of the widest it counts), or the
     * claim itself.
     */
    static CountClaim located(CountClaim claim, Facts facts) {
        if (claim.where() != null || claim.source() == null || !facts.hasPlaces()) {
            return claim;
        }
        List<Estimate> rows = facts.estimates().stream()
            .filter(e -> e.subject().equals(claim.subject()) && e.source().equals(claim.source())).toList();
        if (rows.isEmpty() || rows.stream().anyMatch(e -> e.place() == null)) {
            return claim;
        }
        List<String> met = rows.stream().filter(e -> e.count().meets(claim.interval())).map(Estimate::place)
            .distinct().toList();
        for (String place : met) {
            if (met.stream().allMatch(p -> p.equals(place) || facts.holders(p).contains(place))) {
                return new CountClaim(claim.span(), claim.text(), claim.subject(), claim.interval(), claim.source(),
                    claim.sourceOnSheet(), claim.earlier(), claim.asOf(), place);
            }
        }
        return claim;
    }
}
