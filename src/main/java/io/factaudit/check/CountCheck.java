package io.factaudit.check;

import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.language.Document;
import io.factaudit.quantity.Interval;
import io.factaudit.quantity.RoundedFigure;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Facts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges counts against the estimates known on the article's date (FACT-SHEETS.md, "Counts by
 * source and date"): a named source must meet one of its own current estimates; a figure meeting
 * only a revised one is outdated unless the article marks it as earlier; one meeting only later
 * estimates is an anachronism; one meeting only another source's is misattributed. On a sheet with
 * places, a count located in a place is judged against that place's rows, a count of the whole against
 * the rows without a place, and a place without rows can still be overfilled by its part
 * ({@link PartOfWhole}).
 */
public final class CountCheck implements Check {

    @Override
    public List<Finding> judge(Document document, List<Claim> claims, Facts facts) {
        List<Finding> findings = new ArrayList<>();
        LocalDate published = document.article().published();
        for (Claim claim : claims) {
            if (claim instanceof CountClaim count) {
                SubjectNotSource.judge(count, facts, c -> judge(document, SourceScope.located(c, facts), facts, published))
                    .ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> judge(Document document, CountClaim claim, Facts facts, LocalDate published) {
        String source = claim.source();
        Interval judged = RoundedFigure.judged(claim.interval(), claim.text()); // "2.67 million" meets "2,668,000"
        if (published == null) {
            return undated(document, claim, facts);
        }
        boolean byPlace = facts.hasPlaces();
        EstimateTimeline timeline = byPlace
            ? new EstimateTimeline(facts.estimates(), claim.subject(), claim.where(), published)
            : new EstimateTimeline(facts.estimates(), claim.subject(), published);
        CountMessages say = new CountMessages(claim, published);
        if (byPlace && claim.where() != null && (timeline.isEmpty() || source != null && !timeline.hasSource(source))) {
            Optional<Finding> overfilled = new PartOfWhole(facts, published).exceeded(claim)
                .map(w -> FindingFactory.of(document, claim, Reason.CONTRADICTION, w.row().where(), say.exceeds(w)));
            if (overfilled.isPresent() || timeline.isEmpty()) {
                return overfilled.or(() -> Optional.of(FindingFactory.of(document, claim, Reason.UNVERIFIABLE,
                    placeFact(facts, claim), say.noRowsForPlace())));
            }
        }
        if (source != null) {
            if (!timeline.hasSource(source)) {
                return Optional.of(FindingFactory.of(document, claim, Reason.UNVERIFIABLE, anyFact(facts, claim),
                    say.unverifiable(source)));
            }
            List<Estimate> current = timeline.current(source);
            if (EstimateTimeline.meeting(current, judged).isPresent()) {
                return Optional.empty();
            }
            Optional<Estimate> revised = EstimateTimeline.meeting(timeline.revised(source), judged);
            if (revised.isPresent()) {
                return DatedBefore.marks(document, claim) ? Optional.empty() : Optional.of(FindingFactory.of(document, claim, Reason.OUTDATED,
                    current.get(0).where(), say.outdated(revised.get(), current)));
            }
            Optional<Estimate> later = EstimateTimeline.meeting(timeline.future(source), judged);
            if (later.isPresent()) {
                return Optional.of(FindingFactory.of(document, claim, Reason.ANACHRONISM, later.get().where(), say.anachronism(later.get())));
            }
            Optional<Estimate> other = EstimateTimeline.meeting(timeline.currentOfAll(), judged)
                .or(() -> EstimateTimeline.meeting(timeline.revisedOfAll(), judged));
            if (other.isPresent()) {
                return Optional.of(FindingFactory.of(document, claim, Reason.MISATTRIBUTED, other.get().where(),
                    say.misattributed(source, other.get(), current)));
            }
            return Optional.of(FindingFactory.of(document, claim, Reason.CONTRADICTION,
                current.isEmpty() ? anyFact(facts, claim) : current.get(0).where(), say.contradiction(source, current)));
        }
        List<Estimate> current = timeline.currentOfAll();
        if (EstimateTimeline.meeting(current, judged).isPresent()) {
            return Optional.empty();
        }
        Optional<Estimate> revised = EstimateTimeline.meeting(timeline.revisedOfAll(), judged);
        if (revised.isPresent()) {
            if (DatedBefore.marks(document, claim)) {
                return Optional.empty();
            }
            List<Estimate> revisers = timeline.current(revised.get().source());
            return Optional.of(FindingFactory.of(document, claim, Reason.OUTDATED, revisers.get(0).where(),
                say.outdated(revised.get(), revisers)));
        }
        Optional<Estimate> later = EstimateTimeline.meeting(timeline.futureOfAll(), judged);
        if (later.isPresent()) {
            return Optional.of(FindingFactory.of(document, claim, Reason.ANACHRONISM, later.get().where(), say.anachronism(later.get())));
        }
        return Optional.of(FindingFactory.of(document, claim, Reason.CONTRADICTION,
            current.isEmpty() ? anyFact(facts, claim) : current.get(0).where(), say.contradiction(null, current)));
    }

    /** An undated article: a count whose verdict depends on the date gets one warning. */
    private Optional<Finding> undated(Document document, CountClaim claim, Facts facts) {
        List<Estimate> rows = facts.estimates().stream().filter(e -> e.subject().equals(claim.subject()))
            .filter(e -> !facts.hasPlaces() || java.util.Objects.equals(e.place(), claim.where()))
            .filter(e -> claim.source() == null || e.source().equals(claim.source())).toList();
        if (claim.source() != null && rows.isEmpty()) {
            return Optional.of(FindingFactory.of(document, claim, Reason.UNVERIFIABLE, anyFact(facts, claim),
                new CountMessages(claim, null).unverifiable(claim.source())));
        }
        Optional<Estimate> any = EstimateTimeline.meeting(rows, claim.interval());
        return Optional.of(FindingFactory.of(document, claim, Reason.UNDATED,
            any.map(Estimate::where).orElse(rows.isEmpty() ? anyFact(facts, claim) : rows.get(0).where()),
            new CountMessages(claim, null).undated(any.isPresent())));
    }

    /** The place's row under "these places", else any estimate of the subject. */
    private static io.factaudit.sheet.FactLocation placeFact(Facts facts, CountClaim claim) {
        return facts.place(claim.where()).map(io.factaudit.sheet.Place::where).orElseGet(() -> anyFact(facts, claim));
    }

    private static io.factaudit.sheet.FactLocation anyFact(Facts facts, CountClaim claim) {
        return facts.estimates().stream().filter(e -> e.subject().equals(claim.subject())).map(Estimate::where)
            .findFirst().orElse(null);
    }
}
