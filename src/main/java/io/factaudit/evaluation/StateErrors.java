package io.factaudit.evaluation;

import io.factaudit.claim.StateClaim;
import io.factaudit.claim.StateMisses;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why the states an audit missed were missed, by kind and without their words ({@link StateMisses}),
 * as {@link CountErrors} tells the counts': a held-out topic says where its state misses lie while
 * its articles stay unread. A gold state's {@code key} is the subject its annotation gives.
 */
final class StateErrors {

    private StateErrors() {
    }

    /** The kinds of the article's missed states: gold states no reported state pairs with. */
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
        return kinds;
    }
}
