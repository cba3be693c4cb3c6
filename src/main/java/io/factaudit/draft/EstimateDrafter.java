package io.factaudit.draft;

import io.factaudit.claim.CountClaim;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drafts the estimates tables: every figure an article attributes to a sheet source, one row per
 * source and figure, dated by the earliest dated article that states it (a figure the article
 * marks as an earlier one dates its row only when no article gives it as current; an undated
 * article supports a row but dates none).
 */
final class EstimateDrafter {

    private final DraftCorpus corpus;
    private final List<Name> names;
    private final LocalDate first;
    private final Policy policy;

    EstimateDrafter(DraftCorpus corpus, List<Name> names, LocalDate first, Policy policy) {
        this.corpus = corpus;
        this.names = names;
        this.first = first;
        this.policy = policy;
    }

    /**
     * The count claims of the subjects with a sheet source. Read twice: first with every name a
     * possible source of every subject, then with each source giving only the subjects it was read
     * with, as a finished sheet would say, so the reader can tell the subjects apart by their sources.
     */
    List<CountSighting> counts(List<String> subjects) {
        Map<String, Set<String>> all = new LinkedHashMap<>();
        for (String subject : subjects) {
            Set<String> sources = new LinkedHashSet<>();
            names.stream().map(Name::name).filter(n -> !subjects.contains(n)).forEach(sources::add);
            all.put(subject, sources);
        }
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (CountSighting c : read(all)) {
            seen.computeIfAbsent(c.claim().subject(), s -> new LinkedHashSet<>()).add(c.claim().source());
        }
        return seen.isEmpty() ? List.of() : read(seen);
    }

    private List<CountSighting> read(Map<String, Set<String>> sourcesBySubject) {
        List<CountSighting> counts = new ArrayList<>();
        for (Sighting s : corpus.claims(DraftingFacts.forCounts(names, sourcesBySubject, first, policy))) {
            if (s.claim() instanceof CountClaim c && c.source() != null && c.sourceOnSheet()) {
                counts.add(new CountSighting(s, c, FigureDate.of(s)));
            }
        }
        return counts;
    }

    /** One row per subject, source and figure, in the order of subjects, then sources, then dates. */
    List<DraftEstimate> rows(List<String> subjects, List<CountSighting> counts) {
        Map<List<Object>, List<CountSighting>> byFigure = new LinkedHashMap<>();
        for (CountSighting c : counts) {
            byFigure.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        List<DraftEstimate> rows = new ArrayList<>();
        for (List<CountSighting> figure : byFigure.values()) {
            LocalDate dated = figure.stream().filter(c -> !c.claim().earlier()).map(CountSighting::asOf)
                .filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
            boolean earlier = dated == null;
            if (earlier) {
                dated = figure.stream().map(CountSighting::asOf).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
            }
            CountSighting common = mostCommon(figure);
            String cell = CountCells.of(common.claim().interval(), policy.aboutTolerance());
            if (dated == null || cell == null) {
                continue;
            }
            Set<Citation> citations = new HashSet<>();
            figure.forEach(c -> citations.add(c.sighting().citation()));
            CountClaim claim = common.claim();
            rows.add(new DraftEstimate(claim.subject(), claim.source(), null, dated, cell, claim.interval(),
                new ArrayList<>(citations), earlier));
        }
        List<String> sourceOrder = names.stream().map(Name::name).toList();
        rows.sort(Comparator.<DraftEstimate>comparingInt(r -> subjects.indexOf(r.subject()))
            .thenComparingInt(r -> sourceOrder.indexOf(r.source()))
            .thenComparing(DraftEstimate::asOf)
            .thenComparing(r -> r.interval().low() == null ? 0 : r.interval().low()));
        return rows;
    }

    /** The way most articles state the figure (the earliest of them on a tie). */
    private static CountSighting mostCommon(List<CountSighting> figure) {
        Map<Object, List<CountSighting>> byInterval = new LinkedHashMap<>();
        figure.stream().sorted(Comparator.comparing(c -> c.sighting().citation()))
            .forEach(c -> byInterval.computeIfAbsent(c.claim().interval(), k -> new ArrayList<>()).add(c));
        return byInterval.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow().get(0);
    }

    /** A count claim with a sheet source, where it was read. */
    record CountSighting(Sighting sighting, CountClaim claim, LocalDate asOf) {

        /** Subject, source, place and number: claims with the same key state the same figure, hedged or not. */
        List<Object> key() {
            return java.util.Arrays.asList(claim.subject(), claim.source(), null, CountCells.number(claim.interval()));
        }
    }
}
