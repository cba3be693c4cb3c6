package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;

/**
 * Where an article puts a count, among the sheet's places (FACT-SHEETS.md 1.1, "Places and parts of a
 * whole"): the first of the place rules that finds its form around the number, nearest first — a
 * locative phrase after it, a place the figure comes with ("followed by X with 36"), a place owning or
 * locating its count noun before it, a relative "where",
 * a place that reports it, "there" back to the passage's place. A dateline locates nothing; a sheet
 * without places locates nothing.
 */
public final class CountPlace {

    private static final PlaceRule THERE = new PlaceThere();

    private static final PlaceRule GAPPED = new GappedPlace();

    private static final PlaceRule WITH = new PlaceWith();

    private static final List<PlaceRule> RULES = List.of(
        new LocativeAfter(), WITH, new PlaceModifier(), new PlaceOfCountNoun(), new RelativeWhere(), new PlaceAsSubject(), GAPPED,
        new FrontedPlace(), new PlaceAsReporter(), THERE);

    /** The rules that locate a count in a sentence that names no place. */
    private static final List<PlaceRule> UNNAMED = List.of(THERE, new RespectivePlaces(), new CorrectedPlace(),
        new ParagraphPlace());

    private final Document document;
    private final PlaceMentions places;
    /** Whether the sheet keeps places at all. */
    private final boolean kept;

    private CountPlace(Document document, PlaceMentions places, boolean kept) {
        this.document = document;
        this.places = places;
        this.kept = kept;
    }

    /** The places of the sheet as found in one article; locates nothing when the sheet keeps no places. */
    public static CountPlace of(Document document, Facts facts) {
        return new CountPlace(document, PlaceMentions.of(document, facts), !facts.places().isEmpty());
    }

    /** Whether the sheet keeps places (a count can be of a place, not only of the whole). */
    boolean kept() {
        return kept;
    }

    /** Whether a mention of a sheet's place in the sentence takes in the word. */
    boolean names(Span sentence, Span word) {
        return places.within(sentence).stream().anyMatch(m -> m.span().overlaps(word));
    }

    /** The sheet place the count at {@code number} in {@code sentence} is located in, or null. */
    public String locate(Span sentence, Span number) {
        Placed placed = placed(sentence, number);
        return placed == null ? null : placed.place();
    }

    /** Where the count at {@code number} in {@code sentence} is, and the rule that read it; null when nowhere. */
    Placed placed(Span sentence, Span number) {
        if (places.isEmpty()) {
            return null;
        }
        PlaceSentence s = new PlaceSentence(document, sentence, places);
        int first = s.indexAt(number.start());
        int after = s.indexAt(number.end());
        List<PlaceRule> rules = s.mentions().isEmpty() ? UNNAMED : RULES; // "there" and the paragraph's place need no place in the sentence
        for (PlaceRule rule : rules) {
            String place = rule.locate(s, first, after);
            if (PlaceRule.TOGETHER.equals(place)) {
                return null; // "have arrived in X and Y": a count of the places together is of no one place
            }
            if (place != null) {
                String inner = InnerPlace.within(s, after, place);
                inner = inner != null ? inner : InnerPlace.before(s, first, place);
                return inner != null ? new Placed(inner, InnerPlace.NAME) : new Placed(place, rule.name());
            }
        }
        return null;
    }

    /** Whether a sheet place is written over {@code word} ("Osk" in "300 Osk households"). */
    boolean names(Span word) {
        return places.within(document.paragraphOf(word.start())).stream().anyMatch(m -> m.span().overlaps(word));
    }

    /**
     * Whether the number at {@code number} follows a place in a gapped clause, "X has 12 deaths, Y seven and Z
     * six", or with "with" in a ranking, "X had 40 deaths, followed by Y with 12".
     */
    boolean gapped(Span sentence, Span number) {
        if (places.isEmpty()) {
            return false;
        }
        PlaceSentence s = new PlaceSentence(document, sentence, places);
        for (PlaceRule rule : List.of(GAPPED, WITH)) {
            String place = rule.locate(s, s.indexAt(number.start()), s.indexAt(number.end()));
            if (place != null && !PlaceRule.TOGETHER.equals(place)) {
                return true;
            }
        }
        return false;
    }

    /** A place a count is located in and the name of the place rule that read it. */
    record Placed(String place, String rule) {
    }
}
