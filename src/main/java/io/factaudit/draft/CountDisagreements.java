package io.factaudit.draft;

import io.factaudit.draft.EstimateDrafter.CountSighting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where articles disagree on a source's figure. Three forms, each between different articles:
 * <ul>
 * <li>the same source and day, figures that do not meet (neither article gives the other's, or one
 *     article gives both in two sentences);</li>
 * <li>a figure the other articles keep giving before and after it: the source did not revise its
 *     figure to it (a source's later figure revises its earlier ones, so a change alone is no
 *     disagreement);</li>
 * <li>one figure given to a second source by one article, on or after the day other articles gave it to
 *     another; or on the day the same article, in another sentence, gives it to the other source, which
 *     a second article gives it to as well.</li>
 * </ul>
 * Figures an article marks as earlier ones ("initially", "up from") are history, not disagreement,
 * except with the day it names: then they say what the source gave that day (the first form).
 */
final class CountDisagreements {

    private CountDisagreements() {
    }

    static List<Disagreement> among(List<CountSighting> counts) {
        List<CountSighting> current = counts.stream().filter(c -> c.asOf() != null && (!c.claim().earlier() || c.named()))
            .toList();
        Map<List<Object>, Set<String>> undated = new LinkedHashMap<>();
        counts.stream().filter(c -> !c.claim().earlier() && c.asOf() == null)
            .forEach(c -> undated.computeIfAbsent(c.key(), k -> new LinkedHashSet<>()).add(path(c)));
        Map<List<Object>, List<CountSighting>> figures = new LinkedHashMap<>();
        current.forEach(c -> figures.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        Map<String, Disagreement> found = new LinkedHashMap<>();
        List<List<CountSighting>> all = new ArrayList<>(figures.values());
        for (List<CountSighting> f : all) {
            for (List<CountSighting> g : all) {
                if (f == g || !sameSubject(f, g)) {
                    continue;
                }
                List<CountSighting> fNow = now(f);
                List<CountSighting> gNow = now(g);
                if (sameSource(f, g) && samePlace(f, g) && !f.get(0).claim().interval().meets(g.get(0).claim().interval())) {
                    sameDay(f, g, found);
                    if (!fNow.isEmpty() && !gNow.isEmpty()) {
                        notRevised(fNow, gNow, found);
                    }
                } else if (!sameSource(f, g) && sameNumber(f, g) && sameHedge(f, g) && !fNow.isEmpty() && !gNow.isEmpty()) {
                    twoSources(fNow, gNow, undated.getOrDefault(g.get(0).key(), Set.of()), found);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The sightings of a figure given as current, not as an earlier one. */
    private static List<CountSighting> now(List<CountSighting> figure) {
        return figure.stream().filter(c -> !c.claim().earlier()).toList();
    }

    /**
     * The same source on the same day, in articles that do not give each other's figure; an earlier
     * figure counts here when the article names its day ("Oct. 5 — 250,000" in a timeline).
     */
    private static void sameDay(List<CountSighting> f, List<CountSighting> g, Map<String, Disagreement> found) {
        for (CountSighting a : f) {
            for (CountSighting b : g) {
                boolean apart = !articles(g).contains(path(a)) && !articles(f).contains(path(b));
                if (a.asOf().equals(b.asOf()) && apart) {
                    add(found, a, "as of " + a.asOf(), f, g);
                }
            }
        }
    }

    /**
     * One article gives the source both figures for the same place and day, in two sentences ("the
     * tracker counted 131 in Varn on Monday" and a table of Monday's figures giving it 137 in Varn):
     * the article disagrees with itself.
     */
    private static boolean oneArticleTwoSentences(CountSighting a, CountSighting b) {
        return path(a).equals(path(b)) && Objects.equals(a.claim().where(), b.claim().where()) && a.sighting().document() != null
            && !a.sighting().document().sentenceOf(a.claim().span().start())
                .equals(a.sighting().document().sentenceOf(b.claim().span().start()));
    }

    /** Other articles give {@code g} before and after an article gives {@code f}. */
    private static void notRevised(List<CountSighting> f, List<CountSighting> g, Map<String, Disagreement> found) {
        for (CountSighting a : f) {
            boolean before = g.stream().anyMatch(b -> !path(b).equals(path(a)) && !b.asOf().isAfter(a.asOf()));
            boolean after = g.stream().anyMatch(b -> !path(b).equals(path(a)) && b.asOf().isAfter(a.asOf())
                && !articles(f).contains(path(b)));
            if (before && after) {
                add(found, a, "as of " + a.asOf() + " (other articles give the same figure before and after)", f, g);
            }
        }
    }

    /**
     * One article gives a figure to a source on or after the day two or more others gave it to another
     * source (an undated article counts among the others, though it dates nothing); or gives it, in another sentence on the same day, to that other source too ("the governor
     * put the toll at 23 on Thursday" ... "the agency, for its part, put it at 23 on Thursday"): one
     * of the two is misattributed.
     */
    private static void twoSources(List<CountSighting> f, List<CountSighting> g, Set<String> undatedG,
                                   Map<String, Disagreement> found) {
        Set<String> fa = articles(f);
        Set<String> others = new LinkedHashSet<>(articles(g));
        others.addAll(undatedG);
        others.removeAll(fa);
        LocalDate given = g.stream().map(CountSighting::asOf).min(LocalDate::compareTo).orElseThrow();
        boolean later = f.stream().noneMatch(c -> c.asOf().isBefore(given));
        boolean sameArticleToo = fa.size() == 1 && articles(g).containsAll(fa)
            && g.stream().filter(c -> path(c).equals(path(f.get(0)))).allMatch(c -> c.asOf().equals(f.get(0).asOf())
                && oneArticleTwoSentences(c, f.get(0)));
        if (fa.size() == 1 && (others.size() >= 2 || sameArticleToo) && later) {
            CountSighting a = f.get(0);
            String fact = "whose figure " + CountCells.number(a.claim().interval()) + " " + a.claim().subject() + " is";
            List<String> sources = new ArrayList<>(List.of(a.claim().source(), g.get(0).claim().source()));
            sources.sort(null);
            found.putIfAbsent(fact + "|" + sources, new Disagreement("count", fact,
                List.of(side(f), side(g))));
        }
    }

    private static void add(Map<String, Disagreement> found, CountSighting a, String when, List<CountSighting> f,
                            List<CountSighting> g) {
        String fact = a.claim().source() + "'s count of " + a.claim().subject() + " " + when;
        List<List<Object>> pair = new ArrayList<>(List.of(f.get(0).key(), g.get(0).key()));
        pair.sort(java.util.Comparator.comparing(Object::toString));
        String key = a.claim().source() + "|" + pair;
        found.putIfAbsent(key, new Disagreement("count", fact, List.of(side(f), side(g))));
    }

    private static Disagreement.Side side(List<CountSighting> figure) {
        CountSighting first = figure.get(0);
        String says = first.claim().source() + ": " + CountCells.of(first.claim().interval(), 0.10);
        return new Disagreement.Side(says, figure.stream().map(c -> c.sighting().citation()).distinct().toList());
    }

    private static boolean sameSubject(List<CountSighting> f, List<CountSighting> g) {
        return f.get(0).claim().subject().equals(g.get(0).claim().subject());
    }

    private static boolean sameSource(List<CountSighting> f, List<CountSighting> g) {
        return Objects.equals(f.get(0).claim().source(), g.get(0).claim().source());
    }

    /** Counts of the same place (or both of the whole): a part is no rival figure of its whole. */
    private static boolean samePlace(List<CountSighting> f, List<CountSighting> g) {
        return Objects.equals(f.get(0).claim().where(), g.get(0).claim().where());
    }

    private static boolean sameNumber(List<CountSighting> f, List<CountSighting> g) {
        return CountCells.number(f.get(0).claim().interval()).equals(CountCells.number(g.get(0).claim().interval()));
    }

    /**
     * Bounded the same way: "about 11,000" from one source and "more than 11,000" from another are two
     * estimates near each other, not one figure given to two sources; "2,400" and "about 2,400" are
     * one figure an article hedged.
     */
    private static boolean sameHedge(List<CountSighting> f, List<CountSighting> g) {
        var a = f.get(0).claim().interval();
        var b = g.get(0).claim().interval();
        return (a.low() == null) == (b.low() == null) && (a.high() == null) == (b.high() == null);
    }

    private static Set<String> articles(List<CountSighting> figure) {
        Set<String> paths = new LinkedHashSet<>();
        figure.forEach(c -> paths.add(path(c)));
        return paths;
    }

    private static String path(CountSighting c) {
        return c.sighting().article().path();
    }
}
