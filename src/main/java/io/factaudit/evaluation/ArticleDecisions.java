package io.factaudit.evaluation;

import io.factaudit.article.Span;
import io.factaudit.claim.CountDecision;
import io.factaudit.claim.CountReader;
import io.factaudit.claim.DateDecision;
import io.factaudit.claim.EventDateReader;
import io.factaudit.language.Document;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.ScenarioFacts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the count and event-date readers decided for one article under every scenario of its sheet,
 * read once and kept to tell the article's errors by kind without its words.
 */
final class ArticleDecisions {

    private final Document document;
    private final List<ScenarioFacts> scenarios;
    private final List<CountDecision> counts;

    ArticleDecisions(Document document, List<ScenarioFacts> scenarios) {
        this.document = document;
        this.scenarios = scenarios;
        this.counts = scenarios.stream().flatMap(s -> new CountReader().decisions(document, s.facts()).stream()).toList();
    }

    /** The clues to the article's errors, given the sheet's sources and its events by name. */
    Clues clues(Set<String> sources, Map<String, Event> events) {
        return Clues.NONE.withSetAside(setAsideRules()).withNotRead(NotRead.of(document, counts))
            .withSources(sources, whereabouts()).withDates(dateReading(events));
    }

    /** Where the article names a count's gold source, by the sheet's spellings of every scenario. */
    private BiFunction<Span, String, String> whereabouts() {
        Map<String, io.factaudit.sheet.Name> names = new TreeMap<>();
        scenarios.forEach(s -> s.facts().names().forEach(n -> names.putIfAbsent(n.name(), n)));
        return new SourceWhereabouts(document, List.copyOf(names.values()));
    }

    /** The rule that set aside a number within a span ({@code explain} tells the same). */
    private Function<Span, String> setAsideRules() {
        List<CountDecision> asides = counts.stream().filter(d -> !d.isClaim() && d.rule() != null).toList();
        return span -> asides.stream().filter(d -> d.number().overlaps(span)).map(CountDecision::rule).findFirst().orElse(null);
    }

    /** How the count claim of a span was read: its frame and place rule. */
    Function<Span, String> readings() {
        List<CountDecision> read = counts.stream().filter(CountDecision::isClaim).toList();
        return span -> read.stream().filter(d -> d.claim().span().equals(span)).findFirst()
            .or(() -> read.stream().filter(d -> span.contains(d.number())).findFirst()) // a headline's place before it widens the span
            .map(CountDecision::reading).filter(r -> !r.isEmpty()).orElse(null);
    }

    /** What the event-date reader decided for the article's mentions of the events, by every scenario. */
    private DateErrors.Reading dateReading(Map<String, Event> events) {
        List<DateDecision> decisions = scenarios.stream()
            .flatMap(s -> new EventDateReader().decisions(document, s.facts()).stream()).toList();
        return new DateErrors.Reading(decisions, events, span -> !document.dates().find(document.text(), span).isEmpty());
    }
}
