package io.factaudit.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * A class of verbs drawn from WordNet 3.1 as a few named senses and, for a sense marked
 * {@link #BELOW}, the verbs below it (its troponyms: "rebut" below "refute"): every
 * one-word lemma whose most frequent or second most frequent sense lies in the class (so a verb
 * with a rare sense of the class stays out), that the tagged corpus has seen as a verb, and that
 * is no word of grammar; one line per lemma with its inflected forms.
 */
final class SenseClassSource {

    /** A root's third cell: take the verbs below the sense as well, not only its own members. */
    static final String BELOW = "below";

    private SenseClassSource() {
    }

    /** @param roots the senses, each a lemma, the start of its gloss and optionally {@link #BELOW} */
    static List<String> lines(String[][] roots) {
        List<Synset> below = new ArrayList<>();
        Set<Long> inClass = new HashSet<>();
        Set<String> lemmas = new java.util.LinkedHashSet<>();
        for (String[] r : roots) {
            Synset sense = WordNet.sense(r[0], POS.VERB, r[1]);
            if (r.length > 2 && r[2].equals(BELOW)) {
                below.add(sense);
            } else {
                inClass.add(sense.getOffset());
                sense.getWords().forEach(w -> lemmas.add(w.getLemma()));
            }
        }
        lemmas.addAll(WordNet.below(below, inClass));
        TreeMap<String, Set<String>> forms = new TreeMap<>();
        for (String lemma : lemmas) {
            String l = lemma.toLowerCase(Locale.ROOT);
            boolean topSense = WordNet.senses(l, POS.VERB).stream().limit(2).anyMatch(s -> inClass.contains(s.getOffset()));
            if (topSense && l.chars().allMatch(Character::isLetter) && WordNet.useCount(l, POS.VERB) > 0
                && !ClosedClass.contains(l)) {
                forms.put(l, VerbForms.of(l));
            }
        }
        List<String> lines = new ArrayList<>();
        forms.forEach((lemma, f) -> lines.add(String.join(" ", f)));
        return lines;
    }
}
