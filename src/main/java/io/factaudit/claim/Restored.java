package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.RestoringVerbs;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.List;

/**
 * A rule that sets a number aside: a verb of restoring in its clause, or "back" said of what was lost,
 * counts those whose loss was made good, not those still in it ("power was restored to 90,000
 * customers", "crews have restored 90,000 homes", "power was back for 90,000"), unless a subject of the sheet is itself spelled with such a verb ("customers restored").
 */
final class Restored implements CountRule {

    static final String NAME = "a count of what was restored";

    /** How far from the number the verb may stand in its clause. */
    private static final int REACH = 6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        if (s.context().profiles().stream().anyMatch(p -> p.heads().stream().anyMatch(RestoringVerbs::contains))) {
            return null;
        }
        List<Words.Word> words = s.words();
        for (int i = n.first() - 1; i >= Math.max(0, n.first() - REACH) && !clauseBreak(words.get(i)); i--) {
            if (restoring(words, i)) {
                return s.wordsSpan(i, n.end());
            }
        }
        for (int i = n.end(); i < Math.min(words.size(), n.end() + REACH) && !clauseBreak(words.get(i)); i++) {
            if (restoring(words, i)) {
                return s.wordsSpan(n.first(), i + 1);
            }
        }
        return null;
    }

    /**
     * A verb of restoring, or "back" said of what was lost ("power was back for 90,000", "had their
     * power back"); not "back" of a change ("fell back to 70", "back from 90").
     */
    private static boolean restoring(List<Words.Word> words, int i) {
        Words.Word w = words.get(i);
        if (w.is("back")) {
            if (i > 0 && particleOf(words.get(i - 1).lower())) {
                return false; // "as the march turns back": the particle of another verb
            }
            return i + 1 >= words.size() || !words.get(i + 1).is("to", "from", "up", "down", "below", "above", "under", "over");
        }
        return RestoringVerbs.contains(w.lower()) && !VerbsOfSaying.contains(w.lower()); // "Velmora reconstructed that ..." tells
    }

    /**
     * A verb whose particle "back" is ("turns back", "pushed back"); not "be", a linking verb, nor a
     * verb that has or gets a thing back ("came back", "had it back", "got power back").
     */
    private static boolean particleOf(String before) {
        if (!WordForms.isInflectedVerb(before) || ClosedClass.BE.contains(before) || ClosedClass.LINKING_VERBS.contains(before)) {
            return false;
        }
        java.util.Set<String> lemmas = WordNet.lemmas(before, POS.VERB);
        return !lemmas.contains("have") && !lemmas.contains("come") && !lemmas.contains("get");
    }

    private static boolean clauseBreak(Words.Word w) {
        return w.is(",", ";", ":", "\u2014", "but", "while", "and");
    }
}
