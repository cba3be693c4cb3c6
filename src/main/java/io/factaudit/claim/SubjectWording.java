package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.language.Words;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordForms;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a subject is written and referred back to, compiled once per sheet: its spellings (also with
 * the proper name after its noun, "the curfew in Ossery" for "Ossery curfew"), the head nouns that
 * "the curfew" may refer back with, the words of its name, and the pronouns that fit its head
 * ("they" for a plural, "he" or "she" for a person, "it" otherwise). {@link SubjectReferences}
 * reads an article with it.
 */
final class SubjectWording {

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("it");
    /** A person's pronouns, either gender: the sheet does not say which. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "she", "her");
    /** Prepositions that put a proper name after its noun: "the curfew in Ossery", "the strike at Pellow". */
    private static final List<String> REORDERING = List.of("in", "at", "of");

    final PhraseIndex<Boolean> spellings = new PhraseIndex<>();
    final Set<String> heads = new HashSet<>();
    final Set<String> nameWords = new HashSet<>();
    final Set<String> pronouns;

    SubjectWording(List<String> subjectSpellings) {
        this(subjectSpellings, false);
    }

    /** {@code person} when the subject is one of the sheet's people: "he" and "she" refer back to it, as to a person's noun. */
    SubjectWording(List<String> subjectSpellings, boolean person) {
        boolean plural = false;
        boolean personHead = false;
        for (String s : subjectSpellings) {
            spellings.add(Boolean.TRUE, s);
            reordered(s).forEach(r -> spellings.add(Boolean.TRUE, r));
            Words.of(s).forEach(word -> nameWords.add(word.lower()));
            Word head = head(Words.of(s));
            if (head != null) {
                heads.add(head.stem());
                plural |= WordForms.isPluralNoun(head.lower()); // not "crossing" nor "factory", whose stems differ
                personHead |= Persons.isPerson(head.lower()); // "the jailed reporter"
            }
        }
        pronouns = plural ? PLURAL_PRONOUNS : person || personHead ? PERSONAL_PRONOUNS : SINGULAR_PRONOUNS;
    }

    /**
     * A spelling that opens with a proper name before common nouns, written with the name after
     * its noun: "the curfew in Ossery", "the strike at Pellow" for "Ossery curfew", "Pellow strike".
     */
    private static List<String> reordered(String spelling) {
        List<Word> words = Words.of(spelling);
        int proper = 0;
        while (proper < words.size() && Character.isUpperCase(words.get(proper).text().charAt(0))) {
            proper++;
        }
        if (proper == 0 || proper == words.size()
            || words.subList(proper, words.size()).stream().anyMatch(w -> !Character.isLowerCase(w.text().charAt(0)))) {
            return List.of();
        }
        String name = String.join(" ", words.subList(0, proper).stream().map(Word::text).toList());
        String noun = String.join(" ", words.subList(proper, words.size()).stream().map(Word::text).toList());
        return REORDERING.stream().map(p -> noun + " " + p + " " + name).toList();
    }

    /** Whether a word's stem is the head noun of one of the subject's spellings ("schools"). */
    boolean isHead(String stem) {
        return heads.contains(stem);
    }

    /** Whether a word (lower case) is a word of one of the subject's spellings. */
    boolean isNameWord(String lower) {
        return nameWords.contains(lower);
    }

    /** Whether a sentence names the subject by one of its spellings. */
    boolean names(SentenceWords w) {
        return !spellings.find(w, SubjectReferences.MODIFIER).isEmpty();
    }

    /** The noun a spelling is about: its last word before a preposition ("troops" in "troops from North Korea"). */
    private static Word head(List<Word> words) {
        Word head = null;
        for (Word w : words) {
            if (head != null && Lexicon.PREPOSITIONS.contains(w.lower())) {
                break;
            }
            if (!w.isPunctuation() && !w.is("'s")) {
                head = w;
            }
        }
        return head;
    }

}
