package io.factaudit.evaluation;

import io.factaudit.article.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What went wrong with the counts an audit missed or reported in excess, by kind and without their
 * words, so that a held-out topic can say where its errors lie while its articles stay unread: a
 * missed count is "not read" when no unpaired reported count overlaps it, else the first thing the
 * overlapping count got wrong (subject, source, figure, place), or "set aside" with the rule that set
 * its number aside when the count reader gave one; an extra that overlaps no unpaired
 * gold count is "counted where the gold has none".
 */
final class CountErrors {

    static final String NOT_READ = "missed: not read";
    static final String NONE_THERE = "extra: counted where the gold has none";

    private CountErrors() {
    }

    /** The kinds of the article's count errors, given the pairing of reported to gold items ({@code pair[r]}, -1 unpaired). */
    static Map<String, Integer> of(List<GoldItem> gold, List<GoldItem> reported, int[] pair, boolean[] goldMatched,
                                   boolean byPlace, Function<Span, String> setAside) {
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
            String rule = near == null ? setAside.apply(want.span()) : null;
            String kind = near != null ? "missed: read with another " + difference(want, near, byPlace)
                : rule == null ? NOT_READ : "missed: set aside (" + rule + ")";
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
        String[] w = want.key().split(" / ", 2);
        String[] g = got.key().split(" / ", 2);
        if (!w[0].equals(g[0])) {
            return "subject";
        }
        if (w.length > 1 && g.length > 1 && !w[1].equals(g[1])) {
            return "source";
        }
        GoldItem sameFigure = new GoldItem("count", want.span(), want.text(), want.key(), got.low(), got.high(), null, want.where());
        if (!sameFigure.matches(want, false)) {
            return "figure or hedge";
        }
        return byPlace && !Objects.equals(want.where(), got.where()) ? "place" : "span";
    }
}
