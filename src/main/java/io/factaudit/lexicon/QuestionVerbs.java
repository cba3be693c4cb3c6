package io.factaudit.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.data.POS;

/**
 * Verbs of asking and of answering, from WordNet 3.1: everything at or below "ask" (address a
 * question to), "question" (pose a question; pose a series of questions to; interview), and below
 * "answer" (react verbally: "reply",
 * "respond", "retort"). A pronoun that answers ("he replied") after someone asked someone else
 * ("Lee asked Park …") refers to the one asked.
 */
public final class QuestionVerbs {

    private static volatile Set<Long> asking;
    private static volatile Set<Long> answering;
    private static final Map<String, Boolean> ASKS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();
    /** How far below its root a verb may lie ("retort" is a way of answering). */
    private static final int DEPTH = 2;

    private QuestionVerbs() {
    }

    /** Whether a word (any form: "asked", "questions") is a verb of asking someone. */
    public static boolean asks(String word) {
        return ASKS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> isA(w, askingRoots()));
    }

    /** Whether a word (any form: "replied", "answers") is a verb of answering. */
    public static boolean answers(String word) {
        return ANSWERS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> isA(w, answeringRoots()));
    }

    private static boolean isA(String word, Set<Long> roots) {
        return WordNet.lemmas(word, POS.VERB).stream().anyMatch(l -> WordNet.isA(l, POS.VERB, roots, DEPTH));
    }

    private static Set<Long> askingRoots() {
        Set<Long> r = asking;
        if (r == null) {
            r = Set.of(WordNet.sense("ask", POS.VERB, "address a question to").getOffset(),
                WordNet.sense("question", POS.VERB, "pose a series of questions").getOffset(),
                WordNet.sense("question", POS.VERB, "pose a question").getOffset(),
                WordNet.sense("question", POS.VERB, "conduct an interview").getOffset());
            asking = r;
        }
        return r;
    }

    private static Set<Long> answeringRoots() {
        Set<Long> r = answering;
        if (r == null) {
            r = Set.of(WordNet.sense("answer", POS.VERB, "react verbally").getOffset());
            answering = r;
        }
        return r;
    }
}
