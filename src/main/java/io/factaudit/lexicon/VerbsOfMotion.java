package io.factaudit.lexicon;

import java.util.Locale;
import net.sf.extjwnl.data.POS;

/**
 * Verbs of motion in any inflection: one of the two most frequent senses of the word's verb lemma
 * is in WordNet's lexicographer file verb.motion ("came", "went", "brought", "moved", "returned").
 * They take a subject to a place or state named after them: "came back online", "went back to work".
 */
public final class VerbsOfMotion {

    private static final int SENSES = 2;
    private static final WordMemo<Boolean> CACHE = new WordMemo<>();

    private VerbsOfMotion() {
    }

    public static boolean contains(String word) {
        return CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT), VerbsOfMotion::lookUp);
    }

    private static boolean lookUp(String word) {
        if (ClosedClass.contains(word)) {
            return false;
        }
        return WordNet.inLexFile(word, POS.VERB, "verb.motion", SENSES);
    }
}
