package io.factaudit.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases of a sheet (states, events, names), each with the fact it stands for, indexed by
 * their first word so a sentence is read once whatever the number of phrases.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

    /** A phrase found in a sentence, with what it stands for. */
    public record Found<T>(T owner, Phrase.Match match) {

        public int first() {
            return match.first();
        }

        public int last() {
            return match.last();
        }
    }

    private record Entry<T>(T owner, Phrase phrase) {
    }

    private final Map<String, List<Entry<T>>> byFirstStem = new HashMap<>();

    public PhraseIndex<T> add(T owner, String written) {
        Phrase phrase = Phrase.of(written);
        if (phrase.required() > 0) {
            byFirstStem.computeIfAbsent(phrase.firstStem(), k -> new ArrayList<>()).add(new Entry<>(owner, phrase));
        }
        return this;
    }

    public boolean isEmpty() {
        return byFirstStem.isEmpty();
    }

    /** Whether any phrase could start in the sentence: a cheap test before reading it closely. */
    public boolean mayOccur(SentenceWords words) {
        for (Word w : words.words()) {
            if (byFirstStem.containsKey(w.stem()) || (w.stem().equals("to") && byFirstStem.containsKey("into"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every phrase found, overlaps resolved: the phrase with more words wins, then the one that
     * starts first. Sorted by position.
     */
    public List<Found<T>> find(SentenceWords words, Gap gap) {
        List<Found<T>> all = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String stem = words.get(i).stem();
            addMatches(byFirstStem.get(stem), words, i, gap, all);
            if (stem.equals("to")) {
                addMatches(byFirstStem.get("into"), words, i, gap, all);
            }
        }
        all.sort(Comparator.comparingInt((Found<T> f) -> -f.match().phrase().required())
            .thenComparingInt(Found::first).thenComparingInt(f -> f.last() - f.first()));
        List<Found<T>> kept = new ArrayList<>();
        for (Found<T> f : all) {
            if (kept.stream().noneMatch(k -> k.first() <= f.last() && f.first() <= k.last())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Found::first));
        return kept;
    }

    private void addMatches(List<Entry<T>> entries, SentenceWords words, int i, Gap gap, List<Found<T>> out) {
        if (entries == null) {
            return;
        }
        for (Entry<T> e : entries) {
            Phrase.Match m = e.phrase().matchAt(words, i, gap);
            if (m != null) {
                out.add(new Found<>(e.owner(), m));
            }
        }
    }
}
