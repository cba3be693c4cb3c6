package io.factaudit.evaluation;

import io.factaudit.article.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.TreeMap;

/**
 * What went wrong with the counts an audit missed or reported in excess, by kind and without their
 * words, so that a held-out topic can say where its errors lie while its articles stay unread: a
 * missed count is "not read" when no unpaired reported count overlaps it, else the first thing the
 * overlapping count got wrong (subject, source, figure, place), or "set aside" with the rule that set
 * its number aside when the count reader gave one, a count not read with why when it is known
 * ({@link NotRead}: "missed: not read (inside a quote)"); an extra that overlaps no unpaired
 * gold count is "counted where the gold has none". A count read with another source is told by what
 * was read instead: no source, another of the sheet's sources, a name that gives no estimates, or a
 * source where the gold has none; and by where the article names the gold's source ({@link SourceWhereabouts}).
 */
final class CountErrors {

    static final String NOT_READ = "missed: not read";
    static final String NONE_THERE = "extra: counted where the gold has none";

    private CountErrors() {
    }

    /** The kinds of the article's count errors, given the pairing of reported to gold items ({@code pair[r]}, -1 unpaired). */
    static Map<String, Integer> of(List<GoldItem> gold, List<GoldItem> reported, int[] pair, boolean[] goldMatched,
                                   boolean byPlace, Clues clues) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldItem want = gold.get(g);
            if (goldMatched[g] || !want.category().equals("count")) {
                continue;
            }
            GoldItem near = null;
            for (int r = 0; r < reported.size() && near == null; r++) {
                GoldItem got = reported.get(r);
                if (pair[r] < 0 && got.category().equals("count") && got.span().overlaps(want.span())) {
                    near = got;
                }
            }
            String rule = near == null ? clues.setAside().apply(want.span()) : null;
            String why = near == null && rule == null ? clues.notRead().apply(want.span()) : null;
            String kind = near != null ? "missed: read with another " + difference(want, near, byPlace, clues.sources(), clues.whereabouts())
                : rule != null ? "missed: set aside (" + rule + ")" : why == null ? NOT_READ : NOT_READ + " (" + why + ")";
            kinds.merge(kind, 1, Integer::sum);
        }
        for (int r = 0; r < reported.size(); r++) {
            GoldItem got = reported.get(r);
            if (pair[r] >= 0 || !got.category().equals("count")) {
                continue;
            }
            boolean overlaps = false;
            for (int g = 0; g < gold.size() && !overlaps; g++) {
                overlaps = !goldMatched[g] && gold.get(g).category().equals("count") && gold.get(g).span().overlaps(got.span());
            }
            if (!overlaps) {
                kinds.merge(NONE_THERE, 1, Integer::sum);
            }
        }
        return kinds;
    }

    /** The first of subject, source, figure and place in which a reported count differs from the gold's. */
    static String difference(GoldItem want, GoldItem got, boolean byPlace) {
        String kind = difference(want, got, byPlace, Set.of(), (span, source) -> null);
        return kind.startsWith("source") ? "source" : kind;
    }

    /** As above, a source told by what was read instead and where the gold's source is named. */
    private static String difference(GoldItem want, GoldItem got, boolean byPlace, Set<String> sources,
                                     BiFunction<Span, String, String> whereabouts) {
        String[] w = want.key().split(" / ", 2);
        String[] g = got.key().split(" / ", 2);
        if (!w[0].equals(g[0])) {
            return "subject";
        }
        if (w.length > 1 && g.length > 1 && !w[1].equals(g[1])) {
            String read = sourceRead(w[1], g[1], sources);
            String named = w[1].equals("null") ? null : whereabouts.apply(want.span(), w[1]);
            return "source (" + read + (named == null ? "" : "; the gold's " + named) + ")";
        }
        GoldItem sameFigure = new GoldItem("count", want.span(), want.text(), want.key(), got.low(), got.high(), null, want.where());
        if (!sameFigure.matches(want, false)) {
            return "figure or hedge";
        }
        return byPlace && !Objects.equals(want.where(), got.where()) ? "place" : "span";
    }

    /** What was read instead of the gold's source ({@code "null"} is no source, as the keys write it). */
    private static String sourceRead(String want, String got, Set<String> sources) {
        if (want.equals("null")) {
            return "one where the gold has none";
        }
        if (got.equals("null")) {
            return "none";
        }
        return sources.contains(got) ? "another of the sheet's" : "a name that gives no estimates";
    }
}
