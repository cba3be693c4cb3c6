package io.factaudit.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1, loaded once per JVM on first use (about a second: the dictionary ships in a jar on
 * the class path). The questions the readers ask of it: a word's lemmas, the words derived from
 * the same root, and whether a word belongs to a class rooted at a synset. Read-only and
 * thread-safe after loading: extJWNL's caches are concurrent maps, and the one part of it that is
 * not safe from two threads, an index entry's lazily filled list of senses, is never used
 * ({@link #senses(IndexWord)}).
 */
public final class WordNet {

    private static volatile Dictionary dictionary;

    private WordNet() {
    }

    static Dictionary dictionary() {
        Dictionary d = dictionary;
        if (d == null) {
            synchronized (WordNet.class) {
                d = dictionary;
                if (d == null) {
                    try {
                        d = Dictionary.getDefaultResourceInstance();
                    } catch (JWNLException e) {
                        throw new IllegalStateException("WordNet could not be loaded from the class path: " + e.getMessage(), e);
                    }
                    dictionary = d;
                }
            }
        }
        return d;
    }

    /** The base forms of a word as a part of speech ("died" → "die"; "troops" → "troops", "troop"); empty when unknown. */
    public static Set<String> lemmas(String word, POS pos) {
        String lower = word.toLowerCase(Locale.ROOT);
        return memo(LEMMAS, pos).computeIfAbsent(lower, w -> java.util.Collections.unmodifiableSet(lookUpLemmas(w, pos)));
    }

    /**
     * What WordNet says of a word is the same for the whole run: each word's lemmas and each lemma's
     * senses are looked up once per part of speech (news repeats its words), up to {@link WordMemo}'s bound.
     */
    private static final java.util.Map<POS, WordMemo<Set<String>>> LEMMAS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<POS, WordMemo<List<Synset>>> SENSES = new java.util.concurrent.ConcurrentHashMap<>();

    private static <V> WordMemo<V> memo(java.util.Map<POS, WordMemo<V>> memos, POS pos) {
        return memos.computeIfAbsent(pos, p -> new WordMemo<>());
    }

    private static Set<String> lookUpLemmas(String lower, POS pos) {
        Set<String> result = new LinkedHashSet<>();
        try {
            for (String base : dictionary().getMorphologicalProcessor().lookupAllBaseForms(pos, lower)) {
                if (dictionary().getIndexWord(pos, base) != null) {
                    result.add(base);
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** The irregular inflected forms WordNet lists for a lemma ("told" for "tell"). */
    public static Set<String> irregularForms(String lemma, POS pos) {
        return irregular(pos).getOrDefault(lemma, Set.of());
    }

    private static final java.util.Map<POS, java.util.Map<String, Set<String>>> IRREGULAR = new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Map<String, Set<String>> irregular(POS pos) {
        return IRREGULAR.computeIfAbsent(pos, p -> {
            java.util.Map<String, Set<String>> byLemma = new java.util.HashMap<>();
            try {
                var exceptions = dictionary().getExceptionIterator(p);
                while (exceptions.hasNext()) {
                    var e = exceptions.next();
                    for (String base : e.getExceptions()) {
                        byLemma.computeIfAbsent(base, b -> new LinkedHashSet<>()).add(e.getLemma());
                    }
                }
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
            return byLemma;
        });
    }

    /** How often a lemma was tagged as this part of speech in the corpus behind WordNet (SemCor), all senses together. */
    public static int useCount(String lemma, POS pos) {
        int count = 0;
        for (Synset s : senses(lemma, pos)) {
            for (Word w : s.getWords()) {
                if (w.getLemma().equalsIgnoreCase(lemma)) {
                    count += w.getUseCount();
                }
            }
        }
        return count;
    }

    /** WordNet's verb frame "Somebody ----s that CLAUSE". */
    private static final int THAT_CLAUSE_FRAME = 26;

    /**
     * The one-word verbs whose most frequent sense is one of communication or cognition and one of
     * whose two most frequent senses takes a that-clause: the verbs that report what was said or thought.
     */
    public static Set<String> verbsReportingAClause() {
        Set<String> result = new java.util.TreeSet<>();
        try {
            var it = dictionary().getIndexWordIterator(POS.VERB);
            while (it.hasNext()) {
                IndexWord w = it.next();
                String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                List<Synset> senses = senses(w);
                if (lemma.contains(" ") || senses.isEmpty() || !reportingFile(senses.get(0))) {
                    continue;
                }
                for (int i = 0; i < Math.min(2, senses.size()); i++) {
                    if (reportingFile(senses.get(i)) && takesThatClause(senses.get(i), lemma)) {
                        result.add(lemma);
                        break;
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static boolean reportingFile(Synset s) {
        return s.getLexFileName().equals("verb.communication") || s.getLexFileName().equals("verb.cognition");
    }

    private static boolean takesThatClause(Synset s, String lemma) {
        for (int k : s.getVerbFrameIndices()) {
            if (k == THAT_CLAUSE_FRAME) {
                return true;
            }
        }
        for (Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(lemma) && w instanceof net.sf.extjwnl.data.Verb v) {
                for (int k : v.getVerbFrameIndices()) {
                    if (k == THAT_CLAUSE_FRAME) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A noun that is its own plural in WordNet ("troops", "police"): its lemma ends in s and no singular is listed. */
    static boolean isPluralOnly(String lemma) {
        return lemma.endsWith("s") && !lemma.endsWith("ss") && !senses(lemma.substring(0, lemma.length() - 1), POS.NOUN).isEmpty();
    }

    /** Whether one of the {@code senses} most frequent senses of a word's lemmas is in a lexicographer file ("verb.communication"). */
    public static boolean inLexFile(String word, POS pos, String lexFile, int senses) {
        for (String lemma : lemmas(word, pos)) {
            if (senses(lemma, pos).stream().limit(senses).anyMatch(s -> lexFile.equals(s.getLexFileName()))) {
                return true;
            }
        }
        return false;
    }

    /** The senses of a lemma as a part of speech, most frequent first; empty when unknown. */
    public static List<Synset> senses(String lemma, POS pos) {
        return memo(SENSES, pos).computeIfAbsent(lemma, l -> lookUpSenses(l, pos));
    }

    private static List<Synset> lookUpSenses(String lemma, POS pos) {
        try {
            IndexWord w = dictionary().getIndexWord(pos, lemma);
            return w == null ? List.of() : senses(w);
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The senses of an index entry, in its order, each looked up by its offset. extJWNL fills an
     * entry's own list of senses on first use, and two threads doing so at once can leave the
     * shared entry with no senses for the rest of the run; so that list is never asked for, and the
     * offsets it is filled from are never cleared.
     */
    static List<Synset> senses(IndexWord w) {
        long[] offsets = w.getSynsetOffsets();
        List<Synset> senses = new java.util.ArrayList<>(offsets.length);
        try {
            for (long offset : offsets) {
                Synset s = dictionary().getSynsetAt(w.getPOS(), offset);
                if (s != null) {
                    senses.add(s);
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        return java.util.Collections.unmodifiableList(senses);
    }

    /**
     * The lemmas derivationally related to a lemma, itself included, in every part of speech
     * ("death" → "die", "dead", "deathly"; "evacuate" → "evacuation", "evacuee"), with the
     * adjectives' participles ("killed" → "kill") through WordNet's "participle of" pointers.
     */
    public static Set<String> derivations(String lemma) {
        Set<String> result = new LinkedHashSet<>();
        result.add(lemma);
        for (POS pos : POS.getAllPOS()) {
            for (Synset s : senses(lemma, pos)) {
                for (Word w : s.getWords()) {
                    if (!w.getLemma().equalsIgnoreCase(lemma)) {
                        continue;
                    }
                    for (Pointer p : w.getPointers()) {
                        if (p.getType() == PointerType.DERIVATION || p.getType() == PointerType.PARTICIPLE_OF
                            || p.getType() == PointerType.PERTAINYM) {
                            try {
                                Word target = (Word) p.getTarget();
                                result.add(target.getLemma().toLowerCase(Locale.ROOT));
                            } catch (JWNLException | ClassCastException e) {
                                // a pointer to a synset rather than a word carries no lemma
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    /**
     * The lexicographer files ("noun.act", "noun.artifact") of the noun senses spelled {@code noun}
     * that the most frequent sense of a verb deriving that spelling derives: "launch" (propel with
     * force) the act "launch", not the motorboat; "report" (give an account) a communication, "call"
     * (get into communication) a communication too.
     */
    public static Set<String> derivedNounFiles(String verb, String noun) {
        for (Synset sense : senses(verb, POS.VERB)) {
            Set<String> files = new LinkedHashSet<>();
            for (Word w : sense.getWords()) {
                if (!w.getLemma().equalsIgnoreCase(verb)) {
                    continue;
                }
                for (Pointer p : w.getPointers()) {
                    if (p.getType() != PointerType.DERIVATION) {
                        continue;
                    }
                    try {
                        Word target = (Word) p.getTarget();
                        if (target.getPOS() == POS.NOUN && target.getLemma().equalsIgnoreCase(noun)) {
                            files.add(target.getSynset().getLexFileName());
                        }
                    } catch (JWNLException | ClassCastException e) {
                        // a pointer to a synset rather than a word carries no lemma
                    }
                }
            }
            if (!files.isEmpty()) {
                return files;
            }
        }
        return Set.of();
    }

    /**
     * Every lemma of the synsets below the given roots (hyponyms for nouns, troponyms for verbs: both
     * are WordNet's HYPONYM pointer), the roots' own lemmas included; the synsets' offsets are added
     * to {@code seen} (roots of one part of speech).
     */
    public static Set<String> below(List<Synset> roots, Set<Long> seen) {
        Set<String> lemmas = new LinkedHashSet<>();
        Deque<Synset> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Synset s = todo.pop();
            if (!seen.add(s.getOffset())) {
                continue;
            }
            for (Word w : s.getWords()) {
                lemmas.add(w.getLemma().toLowerCase(Locale.ROOT));
            }
            troponyms(s).forEach(todo::push);
        }
        return lemmas;
    }

    /** The senses just below a sense (WordNet's HYPONYM pointer: hyponyms of a noun, troponyms of a verb). */
    public static List<Synset> troponyms(Synset sense) {
        List<Synset> below = new ArrayList<>();
        for (Pointer p : sense.getPointers(PointerType.HYPONYM)) {
            try {
                below.add(p.getTargetSynset());
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        }
        return below;
    }

    /** The sense of a lemma whose gloss starts with the given words: a stable way to name a synset in code. */
    public static Synset sense(String lemma, POS pos, String glossStart) {
        for (Synset s : senses(lemma, pos)) {
            if (s.getGloss().startsWith(glossStart)) {
                return s;
            }
        }
        throw new IllegalStateException("WordNet has no sense of " + lemma + " (" + pos + ") glossed \"" + glossStart + "…\"");
    }

    /**
     * Whether a noun may name again the thing another noun named, as a kind of the same thing:
     * one of its first three senses is one of the other's first three, one of their hypernyms
     * within two steps, or lies one step below one of them ("pact", "agreement", "deal",
     * "contract" for "treaty"; "cheque" is no kind of "treaty").
     */
    public static boolean akin(String noun, String other) {
        List<Synset> others = senses(other, POS.NOUN);
        if (others.isEmpty()) {
            return false;
        }
        Set<Long> roots = new java.util.HashSet<>();
        others.stream().limit(3).forEach(o -> collectHypernyms(o, 2, roots));
        List<Synset> mine = senses(noun, POS.NOUN);
        return mine.stream().limit(3).anyMatch(s -> reaches(s, roots, 1));
    }

    private static void collectHypernyms(Synset s, int depth, Set<Long> into) {
        into.add(s.getOffset());
        if (depth == 0) {
            return;
        }
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
            try {
                collectHypernyms(p.getTargetSynset(), depth - 1, into);
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Whether some sense of a lemma lies below one of the roots (hypernyms for nouns, verbs they are troponyms of). */
    public static boolean isA(String lemma, POS pos, Set<Long> rootOffsets, int maxDepth) {
        for (Synset s : senses(lemma, pos)) {
            if (reaches(s, rootOffsets, maxDepth)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one sense lies below one of the roots. */
    static boolean isA(Synset sense, Set<Long> rootOffsets, int maxDepth) {
        return reaches(sense, rootOffsets, maxDepth);
    }

    private static boolean reaches(Synset s, Set<Long> roots, int depth) {
        if (roots.contains(s.getOffset())) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
            try {
                if (reaches(p.getTargetSynset(), roots, depth - 1)) {
                    return true;
                }
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
            try {
                if (reaches(p.getTargetSynset(), roots, depth - 1)) {
                    return true;
                }
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }
}
