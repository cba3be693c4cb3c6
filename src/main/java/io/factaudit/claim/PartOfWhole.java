package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.Locatives;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordForms;
import java.util.List;
import java.util.Set;

/**
 * A count given as a part of a whole (FACT-SHEETS.md 1.1, "Places and parts of a whole"): a
 * partitive — "five of the dead", "28 of them", "nine of the patients", "Of those, 41 ..." — and
 * the bare numbers of a list that follows a count ("seven dead in A, four in B and three in C",
 * "including 9 in A", "A has 12 deaths, B seven"). A part keeps the subject and the source of the
 * count it belongs to; where it is comes from its own place phrase.
 */
final class PartOfWhole {

    /** The rule that sets aside "two of them" when nothing before them counts a subject. */
    static final String NOT_COUNTED = "a part of something not counted";

    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "those", "these", "his", "her", "our");
    private static final Set<String> PRONOUNS = Set.of("them", "those", "these", "whom");

    private PartOfWhole() {
    }

    /**
     * "of the dead", "of its victims", "of the hospitals": the index of the noun right after "of" and
     * a determiner at {@code of}, or past an owner's possessive the noun the subject counts ("of the
     * region's cases"); else -1.
     */
    static int ofThe(CountSentence s, int of) {
        if (of + 2 >= s.size() || !s.word(of).is("of") || !DETERMINERS.contains(s.word(of + 1).lower())) {
            return -1;
        }
        Words.Word w = s.word(of + 2);
        int owned = owned(s, of + 2);
        if (owned >= 0) {
            return owned;
        }
        return !w.punctuation() && (s.context().anyHead(w.lower()) || s.tag(w).equals("NOUN")) ? of + 2 : -1;
    }

    /** Modifiers that may stand between an owner and what is counted: "the region's confirmed new cases". */
    private static final int OWNED_MODIFIERS = 2;

    /**
     * "of the region's cases", "of the city's registered voters": after a possessive at word {@code owner},
     * the noun the subject counts, past a few adjectives; its index, or -1 when no such noun follows.
     */
    private static int owned(CountSentence s, int owner) {
        String o = s.word(owner).lower();
        if (!o.endsWith("'s")) {
            return -1;
        }
        for (int i = owner + 1; i < Math.min(s.size(), owner + 2 + OWNED_MODIFIERS); i++) {
            Words.Word w = s.word(i);
            if (s.context().anyHead(w.lower())) {
                return i;
            }
            // an adjective or a participle the tagger takes for a verb: "confirmed", "registered"
            if (w.punctuation() || !s.tag(w).equals("ADJ") && !s.tag(w).equals("VERB")) {
                return -1;
            }
        }
        return -1;
    }

    /** "of them", "of those": the pronoun's index when word {@code of} opens one, else -1. */
    static int ofThem(CountSentence s, int of) {
        return of + 1 < s.size() && s.word(of).is("of") && PRONOUNS.contains(s.word(of + 1).lower()) ? of + 1 : -1;
    }

    /**
     * A noun that names people ("victims", "patients", "residents") after "of the": a part of a
     * counted whole of people, as "of them" is.
     */
    static boolean people(Words.Word w) {
        return Persons.GENERIC.contains(w.lower()) || WordForms.isPluralNoun(w.lower()) && Persons.isPerson(w.lower());
    }

    /**
     * "Of those, 41 are in X", "Of the dead, four were in X", "Of those rescued, 41": the partitive fronted before the number
     * at word {@code first}; the index of its pronoun or noun, or -1.
     */
    static int fronted(CountSentence s, int first) {
        if (first < 3 || !s.word(first - 1).is(",")) {
            return -1;
        }
        for (int of = first - 3; of >= Math.max(0, first - 6); of--) {
            if (!s.word(of).is("of") || of > 0 && !s.word(of - 1).punctuation()) {
                continue;
            }
            if (ofThem(s, of) == first - 2) {
                return first - 2;
            }
            if (ofThem(s, of) == of + 1 && s.word(of + 1).is("those") && s.context().anyHead(s.word(first - 2).lower())) {
                return first - 2; // "Of those detained, 390 ...": the pronoun and what the subject says of them
            }
            return ofThe(s, of) == first - 2 ? first - 2 : -1;
        }
        return -1;
    }

    /**
     * The whole a part belongs to: the count read before it in its sentence, else the last count of
     * its paragraph that is not an earlier figure; null when neither is of a subject {@code noun}
     * (the partitive's noun, or -1 for a pronoun) is one of the heads of.
     */
    static CountClaim whole(CountSentence s, int noun) {
        CountClaim whole = s.previous() != null ? s.previous() : s.lastCurrentInParagraph();
        if (whole == null || noun < 0 || !s.context().anyHead(s.word(noun).lower())) {
            return whole;
        }
        SubjectProfile p = s.context().profile(whole.subject());
        return p != null && p.isHead(s.word(noun).lower()) ? whole : null;
    }

    /**
     * "Crews used four boats, and two of them sank": the number decided just before a pronoun part in
     * its sentence counts something else, which the pronoun points back to.
     */
    static boolean ofSomethingElse(CountSentence s) {
        CountDecision last = s.lastDecided();
        return last != null && !last.isClaim() && SomethingElseCounted.NAME.equals(last.rule());
    }

    /**
     * "Rescuers found four more bodies. Three of the bodies were in A": the number decided last before
     * a partitive "N of the &lt;noun&gt;" (in its sentence or the article before it) counts that same
     * noun and was set aside, so the part divides something not counted.
     */
    static boolean ofSetAside(CountSentence s, int noun) {
        CountDecision last = s.lastDecidedInArticle();
        if (last == null || last.isClaim() || noun < 0) {
            return false;
        }
        String text = s.context().document().text();
        int from = last.number().end();
        List<Words.Word> after = Words.of(text, new Span(from, Math.min(text.length(), from + 40)));
        for (int i = 0; i < Math.min(3, after.size()); i++) {
            if (after.get(i).punctuation()) {
                return false;
            }
            if (after.get(i).lower().equals(s.word(noun).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare number in a list after a count, its noun elided and a place after it: "..., four in B",
     * "and three in C", "including 9 in A", "That includes 600 in A"; {@code first} is the number's
     * word, {@code after} the word after it.
     */
    static boolean listed(List<Words.Word> words, int first, int after) {
        if (first < 1 || after >= words.size() || !Locatives.PREPOSITIONS.contains(words.get(after).lower())) {
            return false;
        }
        return words.get(first - 1).is(",", "and", "including", "with") || includedBack(words, first);
    }

    /**
     * "including 12 passengers", "12 survivors among them": a noun group the clause after a count
     * marks as part of it; {@code first} is the number's word, {@code end} the word after its noun.
     */
    static boolean included(List<Words.Word> words, int first, int end) {
        return first >= 1 && words.get(first - 1).is("including", "among")
            || end + 1 < words.size() && words.get(end).is("among") && words.get(end + 1).is("them", "those");
    }

    /**
     * Nothing after the number says what it counts: the sentence or a clause ends, or the list goes
     * on ("X has 12 deaths, Y seven and Z six"; the place before it is the place rules' to read).
     */
    static boolean elided(List<Words.Word> words, int after) {
        return after >= words.size() || words.get(after).punctuation() || words.get(after).is("and", "or");
    }

    /** "That includes 600 in A", "This included nine at B": a demonstrative that points back to the passage's count. */
    static boolean includedBack(List<Words.Word> words, int first) {
        return first == 2 && words.get(0).is("that", "this", "it") && words.get(1).is("includes", "included", "include");
    }

    /**
     * The whole of a list item: the count before it in its sentence; in a sentence of its own only
     * when it goes on a list a colon or a dash opened ("Deaths by town: 12 in A.\n- four in B") or
     * points back with "That includes".
     */
    static CountClaim listWhole(CountSentence s, int first) {
        if (s.previous() != null) {
            return s.previous();
        }
        if (includedBack(s.words(), first)) {
            return s.lastClaimInParagraph();
        }
        return s.continuesList() ? s.lastClaim() : null;
    }
}
