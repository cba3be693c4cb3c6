package io.factaudit.claim;

import io.factaudit.lexicon.Locatives;
import java.util.List;
import java.util.function.Predicate;

/**
 * A count given as a part of a whole (FACT-SHEETS.md 1.1, "Places and parts of a whole"): "four of
 * the dead", "28 of them", and the bare numbers of a list that follows a count ("seven dead in A,
 * four in B and three in C", "including 9 in A"). A part keeps the subject and the source of the
 * count it belongs to; where it is comes from its own place phrase.
 */
final class PartOfWhole {

    private PartOfWhole() {
    }

    /**
     * "of the dead", "of its victims": the word index of the head after "of" and a determiner at
     * {@code of}, when it is one of the subject's heads; -1 otherwise.
     */
    static int ofTheHead(List<Words.Word> words, int of, Predicate<String> isHead) {
        if (of + 2 >= words.size() || !words.get(of).is("of") || !words.get(of + 1).is("the", "its", "their", "those", "these")) {
            return -1;
        }
        return isHead.test(words.get(of + 2).lower()) ? of + 2 : -1;
    }

    /**
     * A bare number in a list after a count of the same sentence, its noun elided and a place after
     * it: "..., four in B", "and three in C", "including 9 in A"; {@code first} is the number's word,
     * {@code after} the word after it.
     */
    static boolean listed(List<Words.Word> words, int first, int after) {
        if (first < 1 || after >= words.size() || !Locatives.PREPOSITIONS.contains(words.get(after).lower())) {
            return false;
        }
        return words.get(first - 1).is(",", "and", "including", "with");
    }
}
