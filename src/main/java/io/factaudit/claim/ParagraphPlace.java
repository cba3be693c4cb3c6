package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.lexicon.Locatives;
import java.util.List;

/**
 * A paragraph that opens with a fronted place ("In X, the crowd filled the squares. Police estimated it
 * at 18,000.") is about that place: a count in its later sentences that names no place of its own,
 * and no whole ("nationwide", "in all", "the total"), is located there, as long as the paragraph names
 * no other place before it.
 */
final class ParagraphPlace implements PlaceRule {

    private static final PlaceRule FRONTED = new FrontedPlace();

    @Override
    public String name() {
        return "the place the paragraph opens with";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        if (!s.mentions().isEmpty() || s.words().stream().anyMatch(w -> Locatives.WHOLE.contains(w.lower()))) {
            return null;
        }
        Document document = s.document();
        Span paragraph = document.paragraphOf(s.span().start());
        Span opening = document.sentenceOf(paragraph.start());
        if (opening == null || opening.start() >= s.span().start()) {
            return null;
        }
        PlaceSentence o = new PlaceSentence(document, opening, s.passage());
        if (o.mentions().isEmpty()) {
            return null;
        }
        String place = FRONTED.locate(o, o.size(), o.size());
        if (place == null || place.isEmpty()) {
            return null;
        }
        List<Mention> between = s.passage().within(new Span(opening.start(), s.span().start()));
        return between.stream().allMatch(m -> m.name().equals(place)) ? place : null;
    }
}
