package io.factaudit.claim;

import io.factaudit.language.Document;
import java.util.List;
import java.util.Objects;

/**
 * One sentence that says a subject's state twice ("Ria Tolan, who was released on Friday, was freed
 * under the accord": the relative clause and the main verb) makes one claim: the same state, put the
 * same way, at the same time or with a time only once, is one statement told twice, read as one claim
 * over both. Put otherwise or at two times ("freed in 2019 and again on Friday"), each stays its own.
 */
final class StateRepeats {

    private StateRepeats() {
    }

    /** Merges the claims added from {@code from} on (one sentence's) that repeat an earlier one of them. */
    static void merge(Document document, List<Claim> claims, int from) {
        for (int i = from + 1; i < claims.size(); i++) {
            StateClaim later = (StateClaim) claims.get(i);
            for (int j = from; j < i; j++) {
                StateClaim earlier = (StateClaim) claims.get(j);
                if (repeats(earlier, later)) {
                    var span = earlier.span().union(later.span());
                    claims.set(j, new StateClaim(span, document.textOf(span), earlier.subject(), earlier.state(),
                        earlier.negated(), earlier.time() != null ? earlier.time() : later.time(), earlier.ended()));
                    claims.remove(i--);
                    break;
                }
            }
        }
    }

    private static boolean repeats(StateClaim a, StateClaim b) {
        return a.subject().equals(b.subject()) && a.state().equals(b.state()) && a.negated() == b.negated()
            && a.ended() == b.ended() && (a.time() == null || b.time() == null || Objects.equals(a.time(), b.time()));
    }
}
