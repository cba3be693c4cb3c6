package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one article writes the sheet's places (any of their spellings, or the noun that heads the
 * name: "the valley"), datelines left out.
 */
final class PlaceMentions {

    private final Document document;
    private final List<Mention> mentions;

    /** The places that hold each place of the sheet, nearest first. */
    private final java.util.function.Function<String, List<String>> holders;

    private PlaceMentions(Document document, List<Mention> mentions, java.util.function.Function<String, List<String>> holders) {
        this.document = document;
        this.mentions = mentions;
        this.holders = holders;
    }

    /** Whether the sheet puts {@code inner} within {@code outer}, at any depth. */
    boolean holds(String outer, String inner) {
        return !outer.equals(inner) && holders.apply(inner).contains(outer);
    }

    static PlaceMentions of(Document document, Facts facts) {
        if (facts.places().isEmpty()) {
            return new PlaceMentions(document, List.of(), p -> List.of());
        }
        NameMatcher matcher = new NameMatcher();
        for (Place p : facts.places()) {
            matcher.add(p.name(), facts.name(p.name()).map(Name::spellings).orElse(List.of(p.name())));
        }
        List<Mention> found = new ArrayList<>();
        for (Mention m : matcher.find(document.text())) {
            if (!DatelinePlace.is(document, m)) {
                found.add(m);
            }
        }
        found.addAll(PlaceByHeadNoun.find(document.text(), facts.places(), List.copyOf(found)));
        found.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return new PlaceMentions(document, found, facts::holders);
    }

    boolean isEmpty() {
        return mentions.isEmpty();
    }

    List<Mention> within(Span span) {
        return mentions.stream().filter(m -> span.contains(m.span())).toList();
    }

    /** The place named last before the sentence, in its paragraph or the one before; null for none. */
    String lastBefore(Span sentence) {
        Span paragraph = document.paragraphOf(sentence.start());
        int from = 0;
        for (Span p : document.paragraphs()) {
            if (p.end() <= paragraph.start()) {
                from = p.start();
            }
        }
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= sentence.start()) {
                last = m;
            }
        }
        return last == null ? null : last.name();
    }
}
