package io.factaudit.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * The words WordNet 3.1 gives as antonyms of a verb or adjective in its two most frequent senses
 * ("open" → "close", "closed"), also for a verb made with re- ("reopened" → "close",
 * "closed": what is reopened is open again). Read once per word and JVM; a sheet's states are few.
 */
public final class Antonyms {

    private static final POS[] PARTS = {POS.VERB, POS.ADJECTIVE};
    private static final int SENSES = 2;
    private static final WordMemo<Set<String>> CACHE = new WordMemo<>();
    private static final WordMemo<Set<String>> SENSE_CACHE = new WordMemo<>();

    private Antonyms() {
    }

    /** The antonyms' lemmas, lower case; empty when WordNet has none. */
    public static Set<String> of(String word) {
        return CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT), Antonyms::lookUp);
    }

    /**
     * The antonyms with the other one-word members of the antonym's own sense, that the tagged
     * corpus has seen: "close" and "shut" for "reopened" (the pointer joins "open" to "close", whose
     * sense "make shut" "shut" shares); "closed" alone for an adjective's.
     */
    public static Set<String> withTheirSense(String word) {
        return SENSE_CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> lookUp(w, true));
    }

    private static Set<String> lookUp(String word) {
        return lookUp(word, false);
    }

    private static Set<String> lookUp(String word, boolean sense) {
        Set<String> antonyms = new LinkedHashSet<>();
        for (POS pos : PARTS) {
            Set<String> lemmas = new LinkedHashSet<>(WordNet.lemmas(word, pos));
            if (pos == POS.VERB && word.startsWith("re") && word.length() > 4) {
                lemmas.addAll(WordNet.lemmas(word.substring(2), pos)); // "reopened": open again
            }
            for (String lemma : lemmas) {
                List<Synset> senses = WordNet.senses(lemma, pos);
                for (Synset s : senses.subList(0, Math.min(SENSES, senses.size()))) {
                    for (Word w : s.getWords()) {
                        if (w.getLemma().equalsIgnoreCase(lemma)) {
                            add(w, antonyms, sense);
                        }
                    }
                }
            }
        }
        return Set.copyOf(antonyms);
    }

    private static void add(Word w, Set<String> antonyms, boolean sense) {
        for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
            try {
                if (p.getTarget() instanceof Word target) {
                    antonyms.add(target.getLemma().toLowerCase(Locale.ROOT));
                    if (sense) {
                        for (Word mate : target.getSynset().getWords()) {
                            String lemma = mate.getLemma().toLowerCase(Locale.ROOT);
                            if (lemma.chars().allMatch(Character::isLetter)
                                && WordNet.useCount(lemma, target.getSynset().getPOS()) > 0) {
                                antonyms.add(lemma);
                            }
                        }
                    }
                }
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
