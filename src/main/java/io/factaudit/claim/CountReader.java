package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.quantity.Measure;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads the counts of the sheet's estimate subjects the way a careful editor does: what is counted
 * ("North Korean troops", "people killed in Turkey", "the toll in Syria"), whose count it is (the
 * cited source), how it is hedged, and whether it is marked as an earlier figure. Every number of a
 * sentence is decided once: read as a claim ({@link NumberReading}), or set aside by a named rule
 * (a measure, a historical figure, another owner, casualties, an increment, speculation, a denial,
 * a combined figure, ...), so that {@code explain} can say why.
 */
public final class CountReader implements ClaimReader {

    private final NumberReader numbers = new NumberReader();

    @Override
    public List<Claim> read(Document document, Facts facts) {
        List<Claim> claims = new ArrayList<>();
        eachSentence(document, facts, claims, (s, decided) -> { });
        return claims;
    }

    /**
     * Every decision taken for the numbers of the sentences that name a sheet's subject (or hold a
     * claim), in text order: the claim read or the rule that set the number aside.
     */
    public List<CountDecision> decisions(Document document, Facts facts) {
        List<CountDecision> result = new ArrayList<>();
        eachSentence(document, facts, new ArrayList<>(), (s, decided) -> {
            if (decided.stream().anyMatch(CountDecision::isClaim) || namesSubject(s)) {
                result.addAll(decided);
            }
        });
        return result;
    }

    /** Decides the numbers of each sentence in turn; each sentence sees the claims read before it. */
    private void eachSentence(Document document, Facts facts, List<Claim> claims,
                              BiConsumer<CountSentence, List<CountDecision>> then) {
        if (facts.estimates().isEmpty()) {
            return;
        }
        CountContext context = CountContext.of(document, facts);
        CountDecision last = null;
        for (Span span : document.sentences()) {
            if (NumberReader.mayHoldNumber(document.textOf(span))) {
                CountSentence s = new CountSentence(context, span, claims, last);
                List<CountDecision> decided = decide(s);
                last = decided.isEmpty() ? last : decided.get(decided.size() - 1);
                decided.stream().filter(CountDecision::isClaim).forEach(d -> claims.add(d.claim()));
                then.accept(s, decided);
            }
        }
    }

    /** Every number of the sentence decided, in order; a sentence without a count reads nothing. */
    private List<CountDecision> decide(CountSentence s) {
        String text = s.context().document().text();
        List<Quantity> quantities = numbers.read(s.context().document().textOf(s.span()), s.span().start(), s.context().tolerance())
            .stream().map(q -> CountedUnit.asCount(q, text, s.context())).toList();
        List<CountDecision> result = new ArrayList<>();
        boolean anyCount = quantities.stream().anyMatch(q -> q.measure() == Measure.COUNT);
        for (Quantity q : quantities) {
            Span year = HistoricalFigure.yearBefore(s, q, quantities);
            year = year != null ? year : HistoricalFigure.yearsAgoBefore(s, q, quantities);
            year = year != null ? year : HistoricalFigure.otherOccasionBefore(s, q);
            year = year != null || q.measure() != Measure.COUNT ? year : HistoricalFigure.lastSeasonBefore(s, q);
            year = year != null || q.measure() != Measure.COUNT ? year : HistoricalFigure.yearAfter(s, q, quantities);
            if (NotACount.is(q)) {
                result.add(CountDecision.setAside(q.span(), new SetAside(NotACount.name(q), q.span())));
            } else if (year != null) {
                result.add(CountDecision.setAside(q.span(), new SetAside(HistoricalFigure.NAME, year)));
            } else if (anyCount) {
                CountDecision d = new NumberReading(s, q, quantities).decide();
                result.add(d);
                s.decided(d);
                if (d.isClaim()) {
                    s.read(d.claim());
                    CountClaim part = AllInPlace.part(d.claim(), s.words(), s.span(), s.context().places(), s.context().document());
                    if (part != null) {
                        result.add(CountDecision.read(part.span(), part, AllInPlace.NAME, "all in one place")); // "11 cases, all in X": not the count later figures refer to
                    }
                }
            }
        }
        return result;
    }

    private static boolean namesSubject(CountSentence s) {
        if (s.size() == 0) {
            return false;
        }
        String text = s.folded(0, s.size());
        return s.context().profiles().stream().anyMatch(p -> p.mentionedIn(text))
            || s.words().stream().anyMatch(w -> s.context().anyHead(w.lower()));
    }
}
