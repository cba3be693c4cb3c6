package io.factaudit.claim;

import io.factaudit.language.Inflections;
import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.lexicon.WordNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An event's object named again by a definite noun of its kind, once the sentence before has named
 * it, and told object first ({@link ReversedEvent}): after "the assembly ratified the water treaty",
 * "the deal was signed in June" and "the agreement, signed in June" tell the signing of the
 * treaty. The noun is akin to the object's head ({@link WordNet#akin}: the same thing, a kind
 * above it or beside it), and the event's verb must follow it as {@link ReversedEvent} reads it.
 */
final class KindAnaphor {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final io.factaudit.lexicon.WordMemo<Boolean> AKIN = new io.factaudit.lexicon.WordMemo<>();

    /** The noun's index and the verb's. */
    record Found(ReversedEvent event, int noun, int verb) {
    }

    private KindAnaphor() {
    }

    /**
     * Where a sentence names again the object of one of the events, object first, with the object's
     * head noun in the sentence before ({@code before}, null when there is none).
     */
    static List<Found> find(SentenceWords w, SentenceWords before, List<ReversedEvent> events) {
        List<Found> found = new ArrayList<>();
        if (before == null) {
            return found;
        }
        for (ReversedEvent r : events) {
            String head = r.head();
            if (!mentions(before, head)) {
                continue;
            }
            for (int i = 1; i < w.size(); i++) {
                Word noun = w.get(i);
                if (!DEFINITE.contains(w.lower(i - 1)) || noun.isPunctuation() || Lexicon.isNameLike(noun)
                    || noun.lower().equals(head) || !akin(noun.lower(), head)) {
                    continue; // the object's own noun is read as the object already
                }
                int verb = r.verbAfter(w, i);
                if (verb > 0) {
                    found.add(new Found(r, i, verb));
                }
            }
        }
        return found;
    }

    private static boolean akin(String noun, String head) {
        return AKIN.computeIfAbsent(noun + " " + head, k -> WordNet.akin(noun, head));
    }

    private static boolean mentions(SentenceWords w, String head) {
        String stem = null; // the head stemmed once, not once a word
        for (int i = 0; i < w.size(); i++) {
            if (w.lower(i).equals(head)) {
                return true;
            }
            if (stem == null) {
                stem = Inflections.stem(head);
            }
            if (w.get(i).stem().equals(stem)) {
                return true;
            }
        }
        return false;
    }
}
