package io.factaudit.claim;

import io.factaudit.language.Folded;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordFamily;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The nouns of the act a subject's spellings name, in both numbers: "evacuation" and "evacuations"
 * of "people evacuated", "closures" of "library closures" or "libraries closed" (WordNet's nouns of
 * the act of each common word's verb, {@link WordFamily#actNouns}). A sentence that names one names
 * the subject when no keyword does ("the closures hit 45 libraries"); the nouns of a figure ("toll",
 * "number") are no act.
 */
final class SubjectActs {

    private SubjectActs() {
    }

    static Set<String> of(List<String> spellings) {
        Set<String> acts = new LinkedHashSet<>();
        for (String spelling : spellings) {
            for (String word : Folded.of(spelling).text().trim().split("\\s+")) {
                String w = word.toLowerCase(Locale.ROOT);
                // a name is no act, nor a word of grammar or "people": only the common words say what is done
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && w.chars().allMatch(Character::isLetter)
                    && !ClosedClass.contains(w) && !Persons.GENERIC.contains(w)) {
                    acts.addAll(WordFamily.actNouns(w));
                }
            }
        }
        acts.removeAll(SubjectProfile.GENERIC_COUNT_NOUNS);
        return Set.copyOf(acts);
    }
}
