package io.factaudit.evaluation;

import io.factaudit.article.Span;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the readers decided about an article, kept to tell its errors by kind without its words: the
 * rule that set a number aside, where a number not read stands ({@link NotRead}), the sheet's sources
 * and where the article names a gold source ({@link SourceWhereabouts}), and what the event-date
 * reader decided ({@link DateErrors}). {@link #NONE} knows nothing, so every error is told plainly.
 */
record Clues(Function<Span, String> setAside, Function<Span, String> notRead, Set<String> sources,
             BiFunction<Span, String, String> whereabouts, DateErrors.Reading dates) {

    static final Clues NONE = new Clues(span -> null, span -> null, Set.of(), (span, source) -> null, DateErrors.Reading.NONE);

    Clues withSetAside(Function<Span, String> rule) {
        return new Clues(rule, notRead, sources, whereabouts, dates);
    }

    Clues withNotRead(Function<Span, String> why) {
        return new Clues(setAside, why, sources, whereabouts, dates);
    }

    Clues withSources(Set<String> names, BiFunction<Span, String, String> where) {
        return new Clues(setAside, notRead, names, where, dates);
    }

    Clues withDates(DateErrors.Reading reading) {
        return new Clues(setAside, notRead, sources, whereabouts, reading);
    }
}
