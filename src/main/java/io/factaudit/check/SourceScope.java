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
 * rows meets, or the rows of several places, leaves the claim where it was.
 */
final class SourceScope {

    private SourceScope() {
    }

    /** The claim located in the one place of its source's rows its figure meets, or the claim itself. */
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
        if (met.size() != 1) {
            return claim;
        }
        return new CountClaim(claim.span(), claim.text(), claim.subject(), claim.interval(), claim.source(),
            claim.sourceOnSheet(), claim.earlier(), claim.asOf(), met.get(0));
    }
}
