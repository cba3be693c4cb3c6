package io.factaudit.claim;

import io.factaudit.language.Folded;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * A sheet's spelling said of what is counted as a predicate, neither a noun nor a verb: a phrase
 * opened by a preposition ("without power", "in custody") or an adjective of WordNet that is no
 * noun ("missing", "unaccounted for"). A number, bare or with people or one of the subject's heads,
 * counts the subject when the spelling follows it, past "be", a linking verb and adverbs: "6,300
 * were still without power", "37 remain in custody", "Storm leaves 6,300 without power".
 *
 * @param words the spelling's words, folded and in lower case
 */
record PredicateSpelling(List<String> words) {

    /** How many words may stand between the counted and the predicate ("have since been", "are still"). */
    private static final int GAP = 3;

    /** The spelling as a predicate, or null when it is not one. */
    static PredicateSpelling of(String spelling) {
        String text = Folded.of(spelling).text().trim();
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return null; // a name or a word of the sheet's own
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.size() > 3 || words.stream().anyMatch(w -> !w.chars().allMatch(Character::isLetter))) {
            return null;
        }
        String first = words.get(0);
        boolean prepositional = words.size() >= 2 && ClosedClass.PREPOSITIONS.contains(first) && WordForms.isNoun(words.get(1));
        boolean adjective = !ClosedClass.contains(first) && !WordNet.lemmas(first, POS.ADJECTIVE).isEmpty()
            && !WordForms.isNoun(first) && (words.size() == 1 || ClosedClass.PREPOSITIONS.contains(words.get(1)));
        return prepositional || adjective ? new PredicateSpelling(words) : null;
    }

    /**
     * Whether the words of a number ending before {@code end} (bare when {@code end} is {@code after},
     * else one of {@code heads}, or people where the subject counts {@code people}) are followed by this
     * predicate: "remain without power" said of flats counts no tenants.
     */
    boolean saidOf(CountSentence s, int after, int end, Set<String> heads, boolean people) {
        if (end > after) {
            String head = s.word(end - 1).lower();
            if (!(people && Persons.namesPeople(head)) && !heads.contains(head)) {
                return false;
            }
        }
        int k = end;
        for (int skipped = 0; k < s.size() && skipped < GAP && !matchesAt(s, k); skipped++, k++) {
            Words.Word w = s.word(k);
            boolean gap = ClosedClass.BE.contains(w.lower()) || ClosedClass.LINKING_VERBS.contains(w.lower())
                || w.is("have", "has", "had", "still", "now") || s.tag(w).equals("ADV");
            if (!gap) {
                return false;
            }
        }
        return matchesAt(s, k);
    }

    private boolean matchesAt(CountSentence s, int k) {
        if (k + words.size() > s.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!s.word(k + i).lower().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }
}
