package io.factaudit.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.data.POS;

/**
 * Adverbs, from WordNet 3.1: the words its corpus uses more often as adverbs than as nouns,
 * adjectives or verbs ("currently", "now", "also", "newly"). "X, currently the company's treasurer":
 * an adverb before a title says when or how, not which office.
 */
public final class Adverbs {

    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private Adverbs() {
    }

    /** Words WordNet counts as adverbs that news uses as prepositions or conjunctions: a closed class. */
    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("as", "so", "than", "when", "where", "while",
        "how", "why", "before", "after", "since", "about", "around", "over", "through", "along", "across", "in", "on", "up",
        "out", "off", "down", "back", "away");

    public static boolean isAdverb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !CONNECTIVES.contains(w) && !ClosedClass.PREPOSITIONS.contains(w) && KNOWN.computeIfAbsent(w, Adverbs::mostlyAdverb);
    }

    /**
     * A word that can stand alone as an adverbial of time, place or manner: an adverb by WordNet's counts,
     * a word WordNet has as an adverb and never as a noun ("overnight", "nationwide"), or a day named
     * against the article's ("today"). After a number at a clause's end it says when or where, not what
     * is counted ("rose to 14 overnight").
     */
    public static boolean isAdverbial(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isAdverb(w) || CalendarWords.isDeicticDay(w) || ADVERB_ONLY.computeIfAbsent(w,
            x -> !CONNECTIVES.contains(x) && !WordNet.senses(x, POS.ADVERB).isEmpty() && WordNet.senses(x, POS.NOUN).isEmpty());
    }

    private static final Map<String, Boolean> ADVERB_ONLY = new ConcurrentHashMap<>();

    private static boolean mostlyAdverb(String w) {
        int adverb = WordNet.useCount(w, POS.ADVERB);
        return adverb > 0 && adverb > WordNet.useCount(w, POS.NOUN) && adverb > WordNet.useCount(w, POS.ADJECTIVE)
            && adverb > WordNet.useCount(w, POS.VERB);
    }
}
