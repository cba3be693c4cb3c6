package io.factaudit.evaluation;

import io.factaudit.article.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Why reported contradictions the gold lacks are false, and how the extra counts were read, by kind
 * and without their words (as {@link CountErrors} tells the counts), so that a held-out topic can say
 * where its false alarms come from while its articles stay unread. A false contradiction is told by
 * its claim: a count where the gold has none, a count the gold has with another subject, source,
 * figure or hedge, or place, a count the gold has as read (the judgement itself is wrong), or a
 * state, date, title or quote claim the gold has as read or lacks. A count the gold lacks is also told by the reading that
 * produced it (its frame and place rule, as {@code explain} names them).
 */
final class FalseFindings {

    static final String CONTRADICTION = "contradiction";
    static final String PREFIX = "false contradiction: ";
    static final String EXTRA = "extra count read by ";
    /** A count the sentences' reader did not read: a table's row or a labelled line. */
    static final String TABLE_OR_LINE = "a table row or a labelled line";

    private FalseFindings() {
    }

    /**
     * The kinds of one article's false contradictions and extra counts.
     *
     * @param reading how a reported count was read, by its span (null when unknown)
     */
    static Map<String, Integer> of(List<GoldItem> goldClaims, List<GoldItem> claims, List<GoldItem> goldFindings,
                                   List<GoldItem> findings, boolean byPlace, Function<Span, String> reading) {
        Map<String, Integer> kinds = new TreeMap<>();
        int[] claimPair = Matching.oneToOne(claims, goldClaims, (r, g) -> r.matches(g, byPlace));
        boolean[] goldMatched = new boolean[goldClaims.size()];
        for (int p : claimPair) {
            if (p >= 0) {
                goldMatched[p] = true;
            }
        }
        int[] findingPair = Matching.oneToOne(findings, goldFindings, (r, g) -> r.matches(g, byPlace));
        for (int f = 0; f < findings.size(); f++) {
            GoldItem finding = findings.get(f);
            if (findingPair[f] >= 0 || !finding.category().equals(CONTRADICTION)) {
                continue;
            }
            int c = claimOf(finding, claims);
            String kind = c < 0 ? "no claim" : claimError(c, claims, claimPair, goldClaims, goldMatched, byPlace);
            boolean extra = c >= 0 && claims.get(c).category().equals("count") && claimPair[c] < 0;
            String read = extra ? readingOf(claims.get(c), reading) : null;
            kinds.merge(PREFIX + kind + (read == null ? "" : " [" + read + "]"), 1, Integer::sum);
        }
        for (int r = 0; r < claims.size(); r++) {
            if (claimPair[r] < 0 && claims.get(r).category().equals("count")) {
                kinds.merge(EXTRA + readingOf(claims.get(r), reading), 1, Integer::sum);
            }
        }
        return kinds;
    }

    private static String readingOf(GoldItem count, Function<Span, String> reading) {
        String read = reading.apply(count.span());
        return read == null ? TABLE_OR_LINE : read;
    }

    /** The claim a finding judges: the one with its span, else the first it overlaps; -1 when none. */
    private static int claimOf(GoldItem finding, List<GoldItem> claims) {
        int overlapping = -1;
        for (int r = 0; r < claims.size(); r++) {
            if (claims.get(r).span().equals(finding.span())) {
                return r;
            }
            if (overlapping < 0 && claims.get(r).span().overlaps(finding.span())) {
                overlapping = r;
            }
        }
        return overlapping;
    }

    /** What the claim of a false contradiction got wrong, by the gold claims. */
    private static String claimError(int r, List<GoldItem> claims, int[] pair, List<GoldItem> gold, boolean[] goldMatched,
                                     boolean byPlace) {
        GoldItem got = claims.get(r);
        if (!got.category().equals("count")) {
            return "a claim of " + got.category() + (pair[r] >= 0 ? " the gold has as read" : " the gold lacks");
        }
        if (pair[r] >= 0) {
            return "a count the gold has as read";
        }
        for (int g = 0; g < gold.size(); g++) {
            GoldItem want = gold.get(g);
            if (!goldMatched[g] && want.category().equals("count") && want.span().overlaps(got.span())) {
                return "a count the gold has with another " + CountErrors.difference(want, got, byPlace);
            }
        }
        return "a count where the gold has none";
    }
}
