package io.factaudit.draft;

import io.factaudit.claim.CountClaim;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Place;
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
    private List<Name> names;
    private final LocalDate first;
    private final Policy policy;
    private final List<Place> places;

    EstimateDrafter(DraftCorpus corpus, List<Name> names, LocalDate first, Policy policy, List<Place> places) {
        this.corpus = corpus;
        this.names = names;
        this.first = first;
        this.policy = policy;
        this.places = places;
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
            names.stream().map(Name::name).filter(n -> !subjects.contains(n) && !isPlace(n)).forEach(sources::add);
            all.put(subject, sources);
        }
        names = DefiniteSpellings.extend(names, all.values().stream().flatMap(Set::stream).toList());
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (CountSighting c : read(all, false)) {
            seen.computeIfAbsent(c.claim().subject(), s -> new LinkedHashSet<>()).add(c.claim().source());
        }
        if (seen.isEmpty()) {
            return List.of();
        }
        List<CountSighting> counts = new ArrayList<>(read(seen, true));
        if (seen.size() > 1) {
            counts.addAll(alone(seen, counts));
        }
        return counts;
    }

    /**
     * Figures the reading side by side left out, read with one subject at a time: with no sheet
     * figure to tell the subjects apart, the count reader gives up a figure both could own. Kept
     * when its sentence names that subject by a word of its own and no other subject so.
     */
    private List<CountSighting> alone(Map<String, Set<String>> seen, List<CountSighting> together) {
        Set<List<Object>> read = new HashSet<>();
        together.stream().filter(c -> c.claim().source() != null)
            .forEach(c -> read.add(List.of(c.sighting().article().path(), c.claim().span())));
        List<CountSighting> more = new ArrayList<>();
        for (Map.Entry<String, Set<String>> subject : seen.entrySet()) {
            SubjectWords own = SubjectWords.of(names, subject.getKey());
            List<SubjectWords> others = seen.keySet().stream().filter(s -> !s.equals(subject.getKey()))
                .map(s -> SubjectWords.of(names, s)).toList();
            for (CountSighting c : read(Map.of(subject.getKey(), subject.getValue()), false)) {
                String sentence = c.sighting().document().textOf(c.sighting().document().sentenceOf(c.claim().span().start()));
                if (read.add(List.of(c.sighting().article().path(), c.claim().span())) && own.named(sentence)
                    && others.stream().noneMatch(o -> o.named(sentence))) {
                    more.add(c);
                }
            }
        }
        return more;
    }

    /** A place of the sheet is where a count is, never who gives it. */
    private boolean isPlace(String name) {
        return places.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
    }

    /** The count claims with a sheet source; with {@code unsourced}, also those of the subjects that name no source. */
    private List<CountSighting> read(Map<String, Set<String>> sourcesBySubject, boolean unsourced) {
        List<CountSighting> counts = new ArrayList<>();
        List<Sighting> all = corpus.claims(DraftingFacts.forCounts(names, sourcesBySubject, first, policy, places));
        Map<String, List<CountClaim>> figures = new java.util.HashMap<>();
        Map<String, List<io.factaudit.article.Span>> earlierFigures = new java.util.HashMap<>();
        for (Sighting s : all) {
            if (s.claim() instanceof CountClaim c) {
                figures.computeIfAbsent(s.article().path(), p -> new ArrayList<>()).add(c);
                if (c.earlier()) {
                    earlierFigures.computeIfAbsent(s.article().path(), p -> new ArrayList<>()).add(c.span());
                }
            }
        }
        Map<String, SourceSpellings> spellings = new LinkedHashMap<>();
        Map<String, SubjectWords> subjectWords = new java.util.HashMap<>();
        sourcesBySubject.values().forEach(sources -> sources.forEach(n -> spellings.computeIfAbsent(n, x -> SourceSpellings.of(names, x))));
        for (Sighting s : all) {
            if (s.claim() instanceof CountClaim c && (c.source() != null && c.sourceOnSheet()
                || unsourced && c.source() == null && sourcesBySubject.containsKey(c.subject()))) {
                SourceSpellings own = c.source() == null ? null : spellings.computeIfAbsent(c.source(), x -> SourceSpellings.of(names, x));
                List<io.factaudit.article.Span> sameCount = figures.get(s.article().path()).stream()
                    .filter(f -> java.util.Objects.equals(f.subject(), c.subject())).map(CountClaim::span).toList();
                FigureDate.Around around = new FigureDate.Around(sameCount,
                    earlierFigures.getOrDefault(s.article().path(), List.of()), sentence -> own != null && own.named(sentence),
                    sentence -> spellings.entrySet().stream().anyMatch(e -> !e.getKey().equals(c.source()) && e.getValue().named(sentence)),
                    subjectWords.computeIfAbsent(c.subject(), x -> SubjectWords.of(names, x))::named);
                FigureDate.Dated day = FigureDate.of(s, c.earlier(), around);
                counts.add(new CountSighting(s, c, day.day(), day.named()));
            }
        }
        return counts;
    }

    /**
     * One row per subject, source, place, figure and day it was given, in the order of subjects,
     * then sources, then places, then dates. A figure whose articles name different days it was
     * given ("said on Monday", "said on Thursday") was given again: one row for each day. An article
     * that names no day supports the row of the latest day named before it was published.
     */
    List<DraftEstimate> rows(List<String> subjects, List<CountSighting> counts) {
        Map<List<Object>, List<CountSighting>> byFigure = new LinkedHashMap<>();
        Map<List<Object>, List<CountSighting>> unsourced = new LinkedHashMap<>();
        for (CountSighting c : counts) {
            (c.claim().source() == null ? unsourced : byFigure).computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        List<DraftEstimate> rows = new ArrayList<>();
        for (List<CountSighting> figure : byFigure.values()) {
            List<CountSighting> same = unsourced.getOrDefault(figure.get(0).unsourcedKey(), List.of());
            for (List<CountSighting> given : byDay(figure)) {
                row(given, same).ifPresent(rows::add);
            }
        }
        List<String> sourceOrder = names.stream().map(Name::name).toList();
        rows.sort(Comparator.<DraftEstimate>comparingInt(r -> subjects.indexOf(r.subject()))
            .thenComparingInt(r -> sourceOrder.indexOf(r.source()))
            .thenComparing(r -> r.place() == null ? "" : r.place())
            .thenComparing(DraftEstimate::asOf)
            .thenComparing(r -> r.interval().low() == null ? 0 : r.interval().low()));
        return rows;
    }

    /** The sightings of one figure split by the day they name, each unnamed one with the latest day before it. */
    private static List<List<CountSighting>> byDay(List<CountSighting> figure) {
        List<LocalDate> days = figure.stream().filter(CountSighting::named).map(CountSighting::asOf).distinct().sorted().toList();
        Map<LocalDate, List<CountSighting>> rows = new java.util.TreeMap<>();
        List<CountSighting> before = new ArrayList<>();
        for (CountSighting c : figure) {
            if (c.named()) {
                rows.computeIfAbsent(c.asOf(), d -> new ArrayList<>()).add(c);
                continue;
            }
            LocalDate latest = c.asOf() == null ? (days.isEmpty() ? null : days.get(0))
                : days.stream().filter(d -> !d.isAfter(c.asOf())).reduce((a, b) -> b).orElse(null);
            if (latest == null) {
                before.add(c);
            } else {
                rows.computeIfAbsent(latest, d -> new ArrayList<>()).add(c);
            }
        }
        List<List<CountSighting>> all = new ArrayList<>();
        if (!before.isEmpty()) {
            all.add(before);
        }
        all.addAll(rows.values());
        return all;
    }

    /**
     * The row of one figure given on one day: dated by the day named, or the earliest dated article
     * (a figure every article marks as an earlier one is dated so only when no day is named, and
     * flagged); the cell as the earliest article renders it, with its hedge when it gives one (an
     * article drops a source's hedge more often than it adds one). A figure only undated articles
     * give with its source is dated, and cited, by the dated articles that give the same figure of the
     * same place with no source ("the count was raised to 164 on Monday").
     */
    private java.util.Optional<DraftEstimate> row(List<CountSighting> given, List<CountSighting> unsourced) {
        String source = given.get(0).claim().source();
        List<CountSighting> dating = given;
        if (given.stream().allMatch(c -> c.asOf() == null)) {
            dating = new ArrayList<>(given);
            dating.addAll(unsourced.stream().filter(c -> c.asOf() != null).toList());
        }
        given = dating;
        LocalDate dated = given.stream().filter(CountSighting::named).map(CountSighting::asOf).findFirst().orElse(null);
        boolean earlier = dated == null && given.stream().allMatch(c -> c.claim().earlier());
        if (dated == null) {
            dated = given.stream().map(CountSighting::asOf).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
        }
        CountSighting rendering = rendering(given);
        String cell = CountCells.of(rendering.claim().interval(), policy.aboutTolerance(), rendering.claim().text());
        if (dated == null || cell == null) {
            return java.util.Optional.empty();
        }
        Set<Citation> citations = new HashSet<>();
        given.forEach(c -> citations.add(c.sighting().citation()));
        CountClaim claim = rendering.claim();
        return java.util.Optional.of(new DraftEstimate(claim.subject(), source, claim.where(), dated, cell,
            claim.interval(), new ArrayList<>(citations), earlier));
    }

    /**
     * The earliest article's rendering of the figure, a hedged one when that article hedges it; when
     * it gives the bare figure ("cuts will reach 2,400" in a headline) and the later articles that
     * hedge it all hedge it alike ("about 2,400"), their hedge: the bare figure dropped it.
     */
    private CountSighting rendering(List<CountSighting> given) {
        List<CountSighting> sorted = given.stream().sorted(Comparator.comparing(c -> c.sighting().citation())).toList();
        String first = sorted.get(0).sighting().article().path();
        CountSighting earliest = sorted.stream().filter(c -> c.sighting().article().path().equals(first))
            .filter(c -> !point(c)).findFirst().orElse(sorted.get(0));
        if (!point(earliest)) {
            return earliest;
        }
        List<CountSighting> hedged = sorted.stream().filter(c -> !point(c)).toList();
        boolean alike = hedged.stream().map(c -> c.claim().interval()).distinct().count() == 1;
        return alike && !hedged.isEmpty() ? hedged.get(0) : earliest;
    }

    private static boolean point(CountSighting c) {
        return c.claim().interval().low() != null && c.claim().interval().low().equals(c.claim().interval().high());
    }

    /** A count claim with a sheet source, where it was read. */
    record CountSighting(Sighting sighting, CountClaim claim, LocalDate asOf, boolean named) {

        /** Subject, source, place and number: claims with the same key state the same figure, hedged or not. */
        List<Object> key() {
            return java.util.Arrays.asList(claim.subject(), claim.source(), claim.where(), CountCells.number(claim.interval()));
        }

        /** The key of the same figure stated with no source. */
        List<Object> unsourcedKey() {
            return java.util.Arrays.asList(claim.subject(), null, claim.where(), CountCells.number(claim.interval()));
        }
    }
}
