package io.factaudit.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * How the aspectual verbs are drawn from WordNet 3.1: the one-word members of the senses that put
 * an activity or state in its phase, and that the tagged corpus has seen as verbs. Verbs of going
 * on ("resume", "continue", "keep", "return to", "begin", "start") leave the state they govern
 * affirmed ("resumed fighting"); verbs of ending ("stop", "cease", "quit", "discontinue") deny it
 * from then on ("stopped fighting"). Only the senses' own members, not their troponyms: below
 * "begin" lie verbs that begin something particular ("open", "launch") and say no phase.
 */
public final class AspectVerbsSource {

    private static final String[][] GOING_ON = {
        {"resume", "take up or begin anew"}, {"continue", "continue a certain state, condition, or activity"},
        {"continue", "continue after an interruption"}, {"return", "go or come back to place, condition"},
        {"begin", "take the first step"},
    };
    private static final String[][] ENDING = {{"stop", "put an end to a state or an activity"}};

    private AspectVerbsSource() {
    }

    /** Verbs of going on, again or from the start, one lemma and its forms a line. */
    public static List<String> goingOn() {
        return lines(GOING_ON);
    }

    /** Verbs of ending, one lemma and its forms a line. */
    public static List<String> ending() {
        return lines(ENDING);
    }

    private static List<String> lines(String[][] roots) {
        TreeMap<String, java.util.Set<String>> forms = new TreeMap<>();
        for (String[] r : roots) {
            Synset s = WordNet.sense(r[0], POS.VERB, r[1]);
            for (Word w : s.getWords()) {
                String l = w.getLemma().toLowerCase(Locale.ROOT);
                if (l.chars().allMatch(Character::isLetter) && WordNet.useCount(l, POS.VERB) > 0
                    && !ClosedClass.contains(l)) {
                    forms.put(l, VerbForms.of(l));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        forms.forEach((lemma, f) -> lines.add(String.join(" ", f)));
        return lines;
    }
}
