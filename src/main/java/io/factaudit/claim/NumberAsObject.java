package io.factaudit.claim;

import io.factaudit.language.SentenceWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An event whose object is a plural noun ("announced the job cuts"), told object first with a
 * definite number standing for that noun: "rather than the 900 it announced in May", "the 300 that
 * the board approved on Friday". The number must stand alone (no noun after it) and be no year;
 * the event's verb must follow as {@link ReversedEvent} reads it.
 */
final class NumberAsObject {

    private static final Set<String> DEFINITE = Set.of("the", "those", "these");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    /** The number's index and the verb's. */
    record Found(ReversedEvent event, int number, int verb) {
    }

    private NumberAsObject() {
    }

    static List<Found> find(SentenceWords w, List<ReversedEvent> events) {
        List<Found> found = new ArrayList<>();
        for (int i = 1; i + 1 < w.size(); i++) {
            String word = w.lower(i);
            if (!DEFINITE.contains(w.lower(i - 1)) || !NUMBER.matcher(word).matches() || YEAR.matcher(word).matches()
                || !standsAlone(w, i + 1)) {
                continue;
            }
            for (ReversedEvent r : events) {
                int verb = r.head().endsWith("s") ? r.verbAfter(w, i) : -1;
                if (verb > 0) {
                    found.add(new Found(r, i, verb));
                    break;
                }
            }
        }
        return found;
    }

    /** What follows the number starts a clause, not the noun it counts: a pronoun, "that", "which", a name. */
    private static boolean standsAlone(SentenceWords w, int next) {
        String word = w.lower(next);
        return Set.of("it", "they", "he", "she", "we", "that", "which").contains(word)
            || Character.isUpperCase(w.get(next).text().charAt(0));
    }
}
