package io.factaudit.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * How the class of verbs of harm is drawn from WordNet 3.1: every one-word verb below the senses
 * of killing, injuring, dying, capturing, arresting and executing one of whose two most
 * frequent senses is such a sense ("fall" and "go" have a rare sense of dying and stay out; the roots' own verbs are in), that the tagged corpus
 * has seen as a verb. A count said to have suffered one of these ("1,000 soldiers killed", "captured two
 * soldiers") counts casualties of what is counted, unless the sheet's own words name that harm.
 */
public final class VerbsOfHarmSource {

    private static final String[][] ROOTS = {
        {"kill", "cause to die"}, {"kill", "deprive of life"}, {"kill", "cause the death of"},
        {"injure", "cause injuries"}, {"die", "pass from physical life"}, {"capture", "succeed in catching"},
        {"arrest", "take into custody"}, {"execute", "kill as a means"},
    };

    private VerbsOfHarmSource() {
    }

    public static List<String> lines() {
        List<Synset> roots = new ArrayList<>();
        for (String[] r : ROOTS) {
            roots.add(WordNet.sense(r[0], POS.VERB, r[1]));
        }
        TreeMap<String, java.util.Set<String>> forms = new TreeMap<>();
        java.util.Set<Long> inClass = new HashSet<>();
        for (String lemma : WordNet.below(roots, inClass)) {
            String l = lemma.toLowerCase(Locale.ROOT);
            List<Synset> senses = WordNet.senses(l, POS.VERB);
            boolean topSense = senses.stream().limit(2).anyMatch(x -> inClass.contains(x.getOffset()));
            boolean root = java.util.Arrays.stream(ROOTS).anyMatch(r -> r[0].equals(l));
            if ((topSense || root) && !l.contains(" ") && l.chars().allMatch(Character::isLetter) && WordNet.useCount(l, POS.VERB) > 0
                && !ClosedClass.contains(l)) {
                forms.put(l, VerbForms.of(l));
            }
        }
        List<String> lines = new ArrayList<>();
        forms.forEach((lemma, f) -> lines.add(String.join(" ", f)));
        return lines;
    }
}
