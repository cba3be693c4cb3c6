package io.factaudit.evaluation;

import io.factaudit.article.Span;
import io.factaudit.claim.StateClaim;
import io.factaudit.claim.StateExtras;
import io.factaudit.claim.StateMisses;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why the states an audit missed, and how the states no gold state pairs with were read, were missed, by kind and without their words ({@link StateMisses}),
 * as {@link CountErrors} tells the counts': a held-out topic says where its state misses lie while
 * its articles stay unread. A gold state's {@code key} is the subject its annotation gives.
 */
final class StateErrors {

    private StateErrors() {
    }

    /** The kinds of the article's missed states (gold states no reported state pairs with) and extra states. */
    static Map<String, Integer> of(List<GoldItem> gold, List<GoldItem> reported, Document document, List<Facts> sheet,
                                   List<StateClaim> read) {
        List<GoldItem> goldStates = gold.stream().filter(g -> g.category().equals("state")).toList();
        List<GoldItem> reportedStates = reported.stream().filter(r -> r.category().equals("state")).toList();
        int[] pair = Matching.oneToOne(reportedStates, goldStates, (r, g) -> r.matches(g));
        boolean[] matched = new boolean[goldStates.size()];
        for (int p : pair) {
            if (p >= 0) {
                matched[p] = true;
            }
        }
        Map<String, Integer> kinds = new TreeMap<>();
        for (int g = 0; g < goldStates.size(); g++) {
            if (!matched[g]) {
                GoldItem want = goldStates.get(g);
                Facts facts = sheet.stream().filter(f -> f.milestones().stream().anyMatch(m -> m.subject().equals(want.key())))
                    .findFirst().orElse(sheet.get(0));
                kinds.merge("missed: " + StateMisses.why(document, facts, want.span(), want.key(), read), 1, Integer::sum);
            }
        }
        for (int r = 0; r < reportedStates.size(); r++) {
            if (pair[r] < 0) {
                kinds.merge("extra: " + extra(reportedStates.get(r), goldStates, document, sheet, read), 1, Integer::sum);
            }
        }
        return kinds;
    }

    /**
     * The kind of a reported state no gold state pairs with: how it was read ({@link StateExtras}),
     * where its sentence stands (a headline or another line that is not prose, inside a quotation),
     * and whether the gold has a state elsewhere in its sentence.
     */
    private static String extra(GoldItem extra, List<GoldItem> goldStates, Document document, List<Facts> sheet,
                                List<StateClaim> read) {
        StateClaim claim = read.stream().filter(c -> c.span().equals(extra.span())).findFirst().orElse(null);
        if (claim == null) {
            return "not among the claims read";
        }
        Facts facts = sheet.stream().filter(f -> f.milestones().stream().anyMatch(m -> m.subject().equals(claim.subject())))
            .findFirst().orElse(sheet.get(0));
        StringBuilder kind = new StringBuilder(StateExtras.why(document, facts, claim));
        String line = NotRead.line(document.text(), claim.span().start());
        if (line != null) {
            kind.append(", ").append(line);
        }
        if (quoted(document, claim)) {
            kind.append(", inside a quotation");
        }
        Span sentence = document.sentenceOf(claim.span().start());
        if (sentence != null && goldStates.stream().anyMatch(g -> g.span().overlaps(sentence))) {
            kind.append(", the gold has a state elsewhere in the sentence");
        }
        return kind.toString();
    }

    /** Whether an odd number of quotation marks stands between the claim's sentence start and the claim. */
    private static boolean quoted(Document document, StateClaim claim) {
        Span sentence = document.sentenceOf(claim.span().start());
        if (sentence == null) {
            return false;
        }
        String before = document.text().substring(sentence.start(), claim.span().start());
        long marks = before.chars().filter(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d').count();
        return marks % 2 == 1;
    }
}
