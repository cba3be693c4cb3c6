package io.factaudit.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * How the verbs that tell a figure's change and a figure's passing a threshold are drawn from
 * WordNet 3.1: the members of a few named senses (so "pass" and "top", whose first senses are of
 * moving, are in by their sense of exceeding, and "jump" by its sense of increasing), and the
 * one-word verbs just below the senses marked {@code below} whose most or second most frequent
 * sense lies there or in the named senses; seen as verbs in the tagged
 * corpus, no word of grammar; one line per lemma with its inflected forms.
 */
final class QuantityVerbsSource {

    private static final String BELOW = "below";

    /** Becoming or making more or less, rising to a level, reaching a level. */
    static final String[][] CHANGE = {
        {"increase", "become bigger or greater in amount", BELOW}, {"increase", "make bigger or more", BELOW},
        {"decrease", "decrease in size, extent, or range", BELOW}, {"decrease", "make smaller", BELOW},
        {"rise", "increase in value or to a higher point"}, {"climb", "go up or advance"},
        {"raise", "raise the level or amount"}, {"lower", "set lower"},
        {"reach", "reach a point in time, or a certain state or level"},
        {"soar", "rise rapidly"}, {"jump", "increase suddenly and significantly"}, {"double", "increase twofold"},
        {"drop", "go down in value"}, {"decline", "go down in value"}, {"plunge", "fall abruptly"},
    };
    /** Being greater than a standard: "passed 40", "tops 1,000", "exceeded 150". */
    static final String[][] PASSING = {
        {"exceed", "be superior or better than some standard"}, {"exceed", "be greater in scope or size"},
        {"surpass", "be or do something to a greater degree"},
    };

    private QuantityVerbsSource() {
    }

    static List<String> lines(String[][] roots) {
        Set<Long> inClass = new HashSet<>();
        Set<String> members = new LinkedHashSet<>();
        List<Synset> below = new ArrayList<>();
        for (String[] r : roots) {
            Synset sense = WordNet.sense(r[0], POS.VERB, r[1]);
            inClass.add(sense.getOffset());
            sense.getWords().forEach(w -> members.add(w.getLemma().toLowerCase(Locale.ROOT)));
            if (r.length > 2) {
                below.add(sense);
            }
        }
        Set<String> lemmas = new LinkedHashSet<>(members);
        // the verbs just below a sense marked below ("swell", "grow" below becoming greater): deeper ones drift
        // into other senses ("classify" below "restrict" below "limit")
        for (Synset sense : below) {
            for (Synset troponym : WordNet.troponyms(sense)) {
                inClass.add(troponym.getOffset());
                troponym.getWords().forEach(w -> lemmas.add(w.getLemma().toLowerCase(Locale.ROOT)));
            }
        }
        TreeMap<String, Set<String>> forms = new TreeMap<>();
        for (String l : lemmas) {
            boolean topSense = WordNet.senses(l, POS.VERB).stream().limit(2).anyMatch(s -> inClass.contains(s.getOffset()));
            if ((members.contains(l) || topSense) && l.chars().allMatch(Character::isLetter)
                && WordNet.useCount(l, POS.VERB) > 0 && !ClosedClass.contains(l)) {
                forms.put(l, VerbForms.of(l));
            }
        }
        List<String> lines = new ArrayList<>();
        forms.forEach((lemma, f) -> lines.add(String.join(" ", f)));
        return lines;
    }
}
