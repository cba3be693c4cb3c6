package io.factaudit.sheet;

import io.factaudit.text.EditDistance;
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
                int d = EditDistance.between(written, candidate);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = s;
                }
            }
        }
        int allowed = Math.max(1, Math.min(3, written.length() / 4));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }
}
