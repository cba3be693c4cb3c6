package io.factaudit.claim;

import io.factaudit.lexicon.FigureVerbs;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.List;

/**
 * A pronoun or a role noun that speaks in a clause and stands for a source named before: "he said",
 * "they estimate", "it added", "her latest tally", "the agency said".
 */
final class PronounSpeakers {

    private PronounSpeakers() {
    }

    /** "he said", "she told", "they estimate", "it added", "her latest tally", "the agency said". */
    static boolean any(List<Words.Word> words, int from, int to) {
        return speakingPronoun(words, from, to) >= 0;
    }

    /** Whether the pronoun that speaks is a person's ("he said", "her estimate"), not "they" or "its". */
    static boolean personal(List<Words.Word> words, int from, int to) {
        int i = speakingPronoun(words, from, to);
        return i >= 0 && words.get(i).is("he", "she", "his", "her");
    }

    /** Where the pronoun or role noun that speaks in words [from, to) stands, or -1. */
    private static int speakingPronoun(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Words.Word w = words.get(i);
            if (w.is("he", "she", "they") && i + 1 < to && FigureVerbs.reportVerb(words.get(i + 1).lower())) {
                return i;
            }
            // "It added that 40 ...": the organisation named last goes on speaking; only a verb of saying, as "it"
            // before a verb of giving a figure is as often the count itself ("it put the city on alert")
            if (w.is("it") && i + 1 < to && VerbsOfSaying.contains(words.get(i + 1).lower()) && !words.get(i + 1).capitalized()) {
                return i;
            }
            if (w.is("he", "she") && i + 2 < to && FigureVerbs.reportVerb(words.get(i + 2).lower())) {
                return i;
            }
            if (w.is("his", "her", "its", "their") && i + 2 < to
                && (SubjectProfile.GENERIC_COUNT_NOUNS.contains(words.get(i + 1).lower())
                || SubjectProfile.GENERIC_COUNT_NOUNS.contains(words.get(i + 2).lower()))) {
                return i;
            }
            if (w.is("agency", "ministry", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "office")
                && i >= 1 && words.get(i - 1).is("the") && i + 1 < to
                && FigureVerbs.reportVerb(words.get(i + 1).lower())) {
                return i;
            }
        }
        return -1;
    }
}
