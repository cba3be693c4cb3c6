package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

    private static final Set<String> ACT_FILES = Set.of("noun.act", "noun.event", "noun.process");

    /**
     * The one-word nouns that name the same act as a noun of an act: the members of its senses
     * that are acts, events or processes, each in its own most frequent sense ("closure":
     * "shutdown", "closedown"; "release": "freeing"; not "blockage", first a thing that blocks).
     */
    public static Set<String> ofTheAct(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (Synset s : WordNet.senses(n, POS.NOUN)) {
            if (!ACT_FILES.contains(s.getLexFileName())) {
                continue;
            }
            for (net.sf.extjwnl.data.Word w : s.getWords()) {
                String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                if (lemma.equals(n) || lemma.contains(" ") || lemma.contains("-")) {
                    continue;
                }
                var first = WordNet.senses(lemma, POS.NOUN);
                if (!first.isEmpty() && first.get(0).getOffset() == s.getOffset()) {
                    out.add(lemma);
                }
            }
        }
        return out;
    }
}
