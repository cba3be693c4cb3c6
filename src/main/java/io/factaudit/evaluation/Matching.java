package io.factaudit.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Reported and gold items paired one to one, as many pairs as possible (a maximum bipartite matching,
 * by augmenting paths): one reported item can't match two gold items, nor two reported items one gold.
 */
final class Matching {

    private Matching() {
    }

    /** For each reported item, the index of its gold item, or -1. */
    static int[] oneToOne(List<GoldItem> reported, List<GoldItem> gold, BiPredicate<GoldItem, GoldItem> matches) {
        int[] goldOwner = new int[gold.size()];
        Arrays.fill(goldOwner, -1);
        for (int r = 0; r < reported.size(); r++) {
            augment(r, reported, gold, matches, goldOwner, new boolean[gold.size()]);
        }
        int[] pair = new int[reported.size()];
        Arrays.fill(pair, -1);
        for (int g = 0; g < gold.size(); g++) {
            if (goldOwner[g] >= 0) {
                pair[goldOwner[g]] = g;
            }
        }
        return pair;
    }

    private static boolean augment(int r, List<GoldItem> reported, List<GoldItem> gold,
                                   BiPredicate<GoldItem, GoldItem> matches, int[] goldOwner, boolean[] seen) {
        for (int g = 0; g < gold.size(); g++) {
            if (seen[g] || !matches.test(reported.get(r), gold.get(g))) {
                continue;
            }
            seen[g] = true;
            if (goldOwner[g] < 0 || augment(goldOwner[g], reported, gold, matches, goldOwner, seen)) {
                goldOwner[g] = r;
                return true;
            }
        }
        return false;
    }
}
