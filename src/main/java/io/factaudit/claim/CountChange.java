package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.FigureVerbs;
import io.factaudit.lexicon.QuantityVerbs;
import io.factaudit.lexicon.WordNet;
import java.util.function.Predicate;
import java.util.List;
import net.sf.extjwnl.data.POS;

/**
 * A count told as a change (FACT-SHEETS.md 1.1): "the toll rose to 17", "the count reaches 27",
 * "was raised from 17 to 25". A verb of change in any inflection links the count noun before it
 * to the number, as "stood at" does; WordNet gives the verb's base form. A verb that sets a figure
 * links its object to the number after "at" ("put the toll at 23", "puts the outbreak at 197"); a
 * verb of passing makes the number a floor ("cases pass 40", "topped 1,000").
 */
final class CountChange {

    private CountChange() {
    }

    /** Whether a lower-case word is a form of a verb of change ("rises", "climbed", "nearing", "was raised"). */
    static boolean isVerb(String lower) {
        if (lower.isEmpty() || !Character.isLetter(lower.charAt(0))) {
            return false;
        }
        // the class lists a verb's forms; WordNet's lemmas catch a regular form beside an irregular one ("swelled")
        return QuantityVerbs.changes(lower) || WordNet.lemmas(lower, POS.VERB).stream().anyMatch(QuantityVerbs::changes);
    }

    /**
     * Whether the words just before a number tell a change of a count: "rose to", "climbed above",
     * "reaches", "raised from" (the earlier figure), "nearing"; {@code first} is the number's word.
     */
    static boolean links(List<Words.Word> words, int first) {
        if (first < 1 || first > words.size()) {
            return false;
        }
        if (first < words.size() && isVerb(words.get(first).lower()) && !words.get(first - 1).is("to") && first + 1 < words.size()
            && Character.isDigit(words.get(first + 1).written().charAt(0))) {
            return true; // "count passes 90,000": the verb the number reader took as its hedge; "to exceed 900" is yet to come
        }
        if (isVerb(words.get(first - 1).lower())) {
            return true; // "rose to 17"; "passed 40", a verb the number reader took as the number's hedge
        }
        if (first >= 4 && words.get(first - 1).is("to") && words.get(first - 3).is("from")
            && isVerb(words.get(first - 4).lower())) {
            return true; // "rose from 27 to 31": the figure reached after the one the change starts from
        }
        return first >= 2 && words.get(first - 1).is("to", "from", "above", "past", "over", "at", "by")
            && isVerb(words.get(first - 2).lower()) || fromTo(words, first);
    }

    /** How many words a number of a change may take ("1.2 million", "about 4,800"). */
    private static final int NUMBER_WORDS = 3;

    /**
     * "from 620 to 710", whatever governs it ("raised its estimate of homes without power from 40 to
     * 55"): either number of a change from one figure to the next; {@code first} is the number's word.
     */
    static boolean fromTo(List<Words.Word> words, int first) {
        if (first < 1 || first >= words.size()) {
            return false;
        }
        if (words.get(first - 1).is("from")) {
            for (int i = first + 1; i <= Math.min(words.size() - 2, first + NUMBER_WORDS); i++) {
                if (words.get(i).is("to") && digit(words.get(i + 1))) {
                    return true;
                }
            }
            return false;
        }
        if (!words.get(first - 1).is("to")) {
            return false;
        }
        for (int i = first - 2; i >= Math.max(1, first - 1 - NUMBER_WORDS); i--) {
            if (digit(words.get(i)) && words.get(i - 1).is("from")) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(Words.Word w) {
        return Character.isDigit(w.written().charAt(0));
    }

    /**
     * The subject a count noun linked to its number by a verb of change or of setting a figure counts,
     * when its own words name exactly one ("the death toll rose to 17", "the number of cases climbed to
     * 40", "put the toll at 23"), or when the sheet counts one subject and nothing but a name or a
     * modifier qualifies the noun ("Varn count reaches 12", "put the new total at 210"); else null.
     */
    static SubjectProfile countedBy(List<SubjectProfile> candidates, List<Words.Word> words, int countNoun, int first) {
        if (!links(words, first) && !setsAt(words, first)) {
            return null;
        }
        SubjectProfile headed = SubjectProfile.headedBy(candidates,
            words.subList(Math.max(0, countNoun - 2), first).stream().map(Words.Word::lower).toList());
        if (headed != null || candidates.size() != 1) {
            return headed;
        }
        return countNoun > 0 && otherNoun(words.get(countNoun - 1), candidates.get(0)) ? null : candidates.get(0);
    }

    /** "death" in "death toll" on a sheet of cases: a lower-case noun, never an adjective, not the subject's. */
    private static boolean otherNoun(Words.Word w, SubjectProfile subject) {
        String lower = w.lower();
        if (w.capitalized() || subject.isHead(lower) || lower.endsWith("'s") || ClosedClass.NUMBER_FILLERS.contains(lower)
            || !lower.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return !WordNet.lemmas(lower, POS.NOUN).isEmpty() && WordNet.lemmas(lower, POS.ADJECTIVE).isEmpty();
    }

    /**
     * "put the toll at 23", "puts the outbreak at 197", "estimated the crowd at 9,000": a verb that
     * sets a figure, its object, then "at" and the number ({@code first}); no pause between.
     */
    static boolean setsAt(List<Words.Word> words, int first) {
        if (first < 3 || !words.get(first - 1).is("at")) {
            return false;
        }
        for (int i = first - 2; i >= Math.max(0, first - 7); i--) {
            Words.Word w = words.get(i);
            if (w.punctuation()) {
                return false;
            }
            // "put", "gave", or a verb of saying: "estimated the toll at 23"; not the object's noun ("the total at")
            if (FigureVerbs.reportVerb(w.lower()) && !SubjectProfile.GENERIC_COUNT_NOUNS.contains(w.lower())) {
                return i < first - 2;
            }
        }
        return false;
    }

    /**
     * The head noun a verb of change tells of, just before it: "cases pass 40", "measles cases climb
     * above 160", "deaths have risen to 12"; -1 when there is none. {@code first} is the number's word.
     */
    static int headBefore(List<Words.Word> words, int first, Predicate<String> isHead) {
        int verb = first - 1;
        if (verb >= 1 && words.get(verb).is("to", "above", "past", "over", "beyond")) {
            verb--;
        }
        if (verb < 1 || !isVerb(words.get(verb).lower())) {
            return -1;
        }
        int i = verb - 1;
        // the verb group's auxiliaries, a future's too ("cuts will reach 2,400": a stated expectation)
        while (i > 0 && words.get(i).is("has", "have", "had", "is", "are", "was", "were", "been", "now", "already", "will", "would")) {
            i--;
        }
        return isHead.test(words.get(i).lower()) ? i : -1;
    }

    /** "passed 35,000", "cases top 40", "has surpassed 150": a verb of passing just before the number makes it a floor. */
    static boolean passes(List<Words.Word> words, int first) {
        return first >= 1 && QuantityVerbs.passes(words.get(first - 1).lower());
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
        return before.is("up", "down") || isVerb(before.lower()) || Character.isDigit(before.written().charAt(0))
            || fromTo(words, first); // "raised its estimate of X from 40 to 55": the figure the change starts from
    }
}
