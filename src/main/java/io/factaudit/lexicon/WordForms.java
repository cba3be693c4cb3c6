package io.factaudit.lexicon;

import java.util.Locale;
import net.sf.extjwnl.data.POS;

/** What WordNet's morphology says of one written word: whether it is a noun in the plural, whether it can be a verb. */
public final class WordForms {

    private WordForms() {
    }

    /** "votes", "ballots", "homes", "people": a noun whose base form is another word. "measles" and "case" are not. */
    public static boolean isPluralNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return WordNet.lemmas(w, POS.NOUN).stream().anyMatch(lemma -> !lemma.equals(w));
    }

    /** Whether the word is a form of some noun ("time", "days"). */
    public static boolean isNoun(String word) {
        return !WordNet.lemmas(word.toLowerCase(Locale.ROOT), POS.NOUN).isEmpty();
    }

    /** Whether the word is a verb in another form than its base ("falls", "fell", "voted"). */
    public static boolean isInflectedVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        var lemmas = WordNet.lemmas(w, POS.VERB);
        return !lemmas.isEmpty() && !lemmas.contains(w);
    }

    /** Whether the word is a form of some verb ("cast", "cut", "closed", "died"). */
    public static boolean isVerb(String word) {
        return !WordNet.lemmas(word.toLowerCase(Locale.ROOT), POS.VERB).isEmpty();
    }
}
