package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Verbs of an act's course, from WordNet 3.1, for an act named by its noun: going on (below
 * "continue: continue a certain state, condition, or activity", "last", "remain", "persist": "the
 * outage continued on Thursday") and ending (below "end: have an end", and {@link AspectVerbs}'
 * "stopped", "ceased": "the strike ended"), which
 * date a later day of the act than its taking place; and verbs of setting it going (below
 * "begin: take the first step": "the raid was launched on Monday"), which date the act itself, as
 * {@link OccurrenceVerbs} do.
 */
public final class CourseVerbs {

    private static volatile Set<Long> course;
    private static volatile Set<String> start;

    private CourseVerbs() {
    }

    /**
     * Whether a verb form ("continued", "ends") tells an act went on or ended: its most frequent
     * sense is one of these ("went" and "closed" are first of moving and shutting, not of ending).
     */
    public static boolean goesOnOrEnds(String word) {
        Set<Long> c = course;
        if (c == null) {
            c = new HashSet<>();
            WordNet.below(List.of(WordNet.sense("continue", POS.VERB, "continue a certain state")), c);
            WordNet.below(List.of(WordNet.sense("end", POS.VERB, "have an end")), c);
            WordNet.below(List.of(WordNet.sense("last", POS.VERB, "persist for a specified period")), c);
            WordNet.below(List.of(WordNet.sense("remain", POS.VERB, "stay the same")), c);
            WordNet.below(List.of(WordNet.sense("persist", POS.VERB, "continue to exist")), c);
            course = c;
        }
        Set<Long> offsets = c;
        return AspectVerbs.ends(word.toLowerCase(Locale.ROOT))
            || WordNet.lemmas(word.toLowerCase(Locale.ROOT), POS.VERB).stream().map(l -> WordNet.senses(l, POS.VERB))
            .anyMatch(senses -> !senses.isEmpty() && offsets.contains(senses.get(0).getOffset()));
    }

    /** Whether a verb form ("launched", "was begun") tells an act was set going. */
    public static boolean setsGoing(String word) {
        Set<String> s = start;
        if (s == null) {
            s = WordNet.below(List.of(WordNet.sense("begin", POS.VERB, "take the first step")), new HashSet<>());
            start = s;
        }
        return any(word, s);
    }

    private static boolean any(String word, Set<String> verbs) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> lemmas = new HashSet<>(WordNet.lemmas(w, POS.VERB));
        lemmas.add(w);
        return lemmas.stream().anyMatch(verbs::contains);
    }
}
