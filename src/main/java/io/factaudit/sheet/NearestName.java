package io.factaudit.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheet's name a mistyped subject was most likely meant to be: a table about "stikers" on a
 * sheet that names "strikers" checks nothing, so the editor is told which name to write.
 */
final class NearestName {

    private NearestName() {
    }

    /** The spelling of a name within a couple of letters of the written subject, when it is not a name itself. */
    static Optional<String> forSubject(String subject, List<Name> names) {
        String written = subject.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Name n : names) {
            for (String s : n.spellings()) {
                String candidate = s.strip().toLowerCase(Locale.ROOT);
                if (candidate.equals(written)) {
                    return Optional.empty();
                }
                int d = distance(written, candidate);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = s;
                }
            }
        }
        int allowed = Math.max(1, Math.min(3, written.length() / 4));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
