package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Modality;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.sheet.Milestone;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.util.List;

/** The reading of a state's opposite said of the subject ({@link StateOpposites}): it denies the state. */
final class StateOppositeReading {

    private StateOppositeReading() {
    }

    /**
     * "The road remains closed" denies "reopened": an opposite state predicated plainly of the
     * subject with a linking verb, in an absolute phrase ("with the road shut"), as the complement of
     * its object ("kept the road shut") or in an aside ("the road, shut since May,") denies the
     * milestone's; "no longer closed" affirms it.
     */
    static void read(Document document, SentenceWords w, DateResolver dates, StateReader.Subject subject,
                                      List<SubjectReferences.Reference> refs, List<Claim> claims) {
        for (PhraseIndex.Found<Milestone> opposite : subject.opposites().find(w, StateReader.INSIDE_STATE)) {
            boolean predicated = StateOpposites.predicated(w, opposite.first()) || refs.stream()
                .anyMatch(r -> StateSubjectPlacement.absolute(w, r.first(), r.last(), opposite.first())
                    || StateSubjectPlacement.complementOrAside(w, r.first(), r.last(), opposite.first()));
            if (!predicated) {
                continue;
            }
            StateLink link = StateLink.find(w, refs, opposite.first(), opposite.last());
            if (link == null || !link.modality().assertion().isClaim()) {
                continue;
            }
            boolean negated = link.modality().assertion() == Modality.Assertion.NEGATED;
            if (negated && !StateAspect.ended(w, link.subject().last() + 1, link.first(), link.last())) {
                continue; // "is not closed" need not mean open; "is no longer closed" does
            }
            DateMention time = StateTime.find(w, dates, link);
            Span span = link.span(w, time);
            Milestone m = opposite.owner();
            claims.add(new StateClaim(span, document.textOf(span), m.subject(), m.state(), !negated, time, false));
        }
    }
}
