package io.factaudit.claim;

import io.factaudit.lexicon.WordNet;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.POS;

/**
 * A count told as a change (FACT-SHEETS.md 1.1): "the toll rose to 17", "the count reaches 27",
 * "was raised from 17 to 25". A verb of change in any inflection links the count noun before it
 * to the number, as "stood at" does; WordNet gives the verb's base form.
 */
final class CountChange {

    private CountChange() {
    }

    /** Whether a lower-case word is a form of a verb of change ("rises", "climbed", "nearing", "was raised"). */
    static boolean isVerb(String lower) {
        if (lower.isEmpty() || !Character.isLetter(lower.charAt(0))) {
            return false;
        }
        if (Lexicon.CHANGE_VERBS.contains(lower)) {
            return true;
        }
        for (String base : WordNet.lemmas(lower.toLowerCase(Locale.ROOT), POS.VERB)) {
            if (Lexicon.CHANGE_VERBS.contains(base)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words just before a number tell a change of a count: "rose to", "climbed above",
     * "reaches", "raised from" (the earlier figure), "nearing"; {@code first} is the number's word.
     */
    static boolean links(List<Words.Word> words, int first) {
        if (first < 1) {
            return false;
        }
        if (isVerb(words.get(first - 1).lower())) {
            return true;
        }
        return first >= 2 && words.get(first - 1).is("to", "from", "above", "past", "over", "at", "by")
            && isVerb(words.get(first - 2).lower());
    }

    /**
     * The subject a count noun linked to its number by a verb of change counts, when its own words
     * name exactly one ("the death toll rose to 17", "the number of cases climbed to 40"); else null.
     */
    static SubjectProfile countedBy(List<SubjectProfile> candidates, List<Words.Word> words, int countNoun, int first) {
        if (!links(words, first)) {
            return null;
        }
        return SubjectProfile.headedBy(candidates,
            words.subList(Math.max(0, countNoun - 2), first).stream().map(Words.Word::lower).toList());
    }

    /**
     * "rose to 17 from nine", "up from 12", "raised from 27 to 31": the number after "from" in a change
     * is the earlier figure of the count it changes; {@code first} is the number's word.
     */
    static boolean earlierFrom(List<Words.Word> words, int first) {
        if (first < 2 || !words.get(first - 1).is("from")) {
            return false;
        }
        Words.Word before = words.get(first - 2);
        return before.is("up", "down") || isVerb(before.lower()) || Character.isDigit(before.written().charAt(0));
    }
}
