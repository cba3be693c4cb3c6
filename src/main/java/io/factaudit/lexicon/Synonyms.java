package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Whether two words share a sense in WordNet 3.1 as verbs, adjectives or nouns, in any of their
 * inflected forms ("shuttered" and "closed", "halted" and "suspended"): what the evaluation asks of
 * a state an article words otherwise than its sheet.
 */
public final class Synonyms {

    private static final POS[] PARTS = {POS.VERB, POS.ADJECTIVE, POS.NOUN};

    private Synonyms() {
    }

    /** Whether the words (any case, any inflection) are members of one synset; an inflection of the same word is not a synonym. */
    public static boolean shareASense(String word, String other) {
        String a = word.toLowerCase(Locale.ROOT);
        String b = other.toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return false;
        }
        for (POS pos : PARTS) {
            Set<Long> senses = new HashSet<>();
            Set<String> own = WordNet.lemmas(a, pos);
            own.forEach(l -> WordNet.senses(l, pos).forEach(s -> senses.add(s.getOffset())));
            for (String lemma : WordNet.lemmas(b, pos)) {
                if (own.contains(lemma)) {
                    continue;
                }
                for (Synset s : WordNet.senses(lemma, pos)) {
                    if (senses.contains(s.getOffset())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
