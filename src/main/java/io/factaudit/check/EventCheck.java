package io.factaudit.check;

import io.factaudit.claim.Claim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.language.Document;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges the dates articles give for the sheet's events: the days an article gives must include
 * the event's date ({@code wrong date}); a date relative to an undated article cannot be judged
 * ({@code undated} warning).
 */
public final class EventCheck implements Check {

    @Override
    public List<Finding> judge(Document document, List<Claim> claims, Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Claim c : claims) {
            if (!(c instanceof EventDateClaim claim)) {
                continue;
            }
            Event event = facts.events().stream().filter(e -> e.event().equals(claim.event())).findFirst().orElse(null);
            if (event == null) {
                continue;
            }
            if (claim.from() == null) {
                if (claim.relative()) {
                    findings.add(FindingFactory.of(document, claim, Reason.UNDATED, event.where(),
                        UndatedEvent.message(claim, event)));
                }
            } else if (event.date().isBefore(claim.from()) || event.date().isAfter(claim.to())) {
                findings.add(FindingFactory.of(document, claim, Reason.WRONG_DATE, event.where(),
                    WrongDate.message(claim, event, document.article().published())));
            }
        }
        return findings;
    }
}
