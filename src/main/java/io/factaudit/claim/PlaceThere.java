package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Locatives;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;

/**
 * "there" after the number in its clause ("At least 40 people have died there", not the "there are"
 * before it), or right after the noun that opens its clause ("Officials there counted 400"): the place
 * named last before the sentence in its passage.
 */
final class PlaceThere implements PlaceRule {

    @Override
    public String name() {
        return "\"there\", back to the passage's place";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        if (s.words().stream().noneMatch(w -> w.is(Locatives.THERE))) {
            return null;
        }
        for (int i = after; i < Math.min(s.size(), after + LocativeAfter.REACH); i++) {
            if (s.clauseBreak(i) || s.isNumber(i)) {
                break;
            }
            if (s.word(i).is(Locatives.THERE)) {
                return s.passage().lastBefore(s.span());
            }
        }
        // "Officials there counted 940": "there" right after the noun that opens the number's clause
        for (int i = first - 1; i > 0 && first - i <= LocativeAfter.REACH; i--) {
            if (s.clauseBreak(i) || s.isNumber(i)) {
                return null;
            }
            if (s.word(i).is(Locatives.THERE) && noun(s, i - 1)
                && (i == 1 || s.clauseBreak(i - 2) || s.tag(i - 2).equals("DET") || i + 1 < first && verbAfter(s, i + 1))) {
                return s.passage().lastBefore(s.span());
            }
        }
        return null;
    }

    /** A verb of the counter's own ("Crews there puts"), not the "there are" of being. */
    private static boolean verbAfter(PlaceSentence s, int i) {
        String next = s.word(i).lower();
        return (s.tag(i).equals("VERB") || WordForms.isInflectedVerb(next))
            && !ClosedClass.AUXILIARIES.contains(next) && !ClosedClass.MODALS.contains(next);
    }

    /** A noun, or a noun of WordNet opening the sentence (the tagger takes "Officials" there for a verb as often as not). */
    private static boolean noun(PlaceSentence s, int i) {
        return s.tag(i).equals("NOUN") || s.tag(i).equals("PROPN")
            || i == 0 && !WordNet.lemmas(s.word(i).lower(), POS.NOUN).isEmpty();
    }
}
