package io.factaudit.evaluation;

import io.factaudit.lexicon.VerbsOfSaying;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every verb of the lexicon's class of verbs of saying, in its past tense: the fillers of the
 * verb capabilities, so a verb added to the class is tested the day it is added.
 */
final class SayingVerbs {

    private SayingVerbs() {
    }

    /**
     * Each lemma's past form, in lemma order. The class lists a lemma with its third person, past,
     * gerund and, where a final consonant may double, both spellings; the past is the form that is
     * none of the others, and of two the shorter (the undoubled "answered", since WordNet lists the
     * doubled pasts it knows, "admitted", as the only past).
     */
    static List<String> past() {
        Map<String, List<String>> byLemma = new TreeMap<>();
        VerbsOfSaying.forms().forEach((form, lemma) -> byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(form));
        List<String> pasts = new ArrayList<>();
        byLemma.forEach((lemma, forms) -> forms.stream()
            .filter(f -> !f.equals(lemma) && !f.endsWith("ing") && !f.endsWith("s"))
            .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
            .ifPresentOrElse(pasts::add, () -> pasts.add(lemma)));
        return pasts;
    }
}
