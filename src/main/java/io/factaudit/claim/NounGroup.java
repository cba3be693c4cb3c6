package io.factaudit.claim;

import io.factaudit.lexicon.Adverbs;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows a number: its modifiers, then what it counts ("3,000 North Korean soldiers", "four
 * of the dead", "28 of them", "12,000 people"); or why what follows is a count of something else.
 *
 * @param head      the word that says what is counted, or -1
 * @param modifiers the words between the number and the head
 * @param aside     the rule that sets the number aside, or null
 * @param part      whether the number counts a part of a whole named before: "five of the dead", "Of those, 41"
 */
record NounGroup(Evidence evidence, int head, List<Integer> modifiers, SetAside aside, boolean part) {

    NounGroup(Evidence evidence, int head, List<Integer> modifiers, SetAside aside) {
        this(evidence, head, modifiers, aside, false);
    }

    /** The noun group after the number whose words end before word {@code after}. */
    static NounGroup after(CountSentence s, int first, int after) {
        int fronted = PartOfWhole.fronted(s, first);
        if (fronted >= 0) {
            return partitive(s, first, fronted, List.of()); // "Of those, 41 are in X"
        }
        NounGroup group = scan(s, first, after);
        return group.aside() != null ? group : group.otherForce(s, first);
    }

    private static NounGroup scan(CountSentence s, int first, int after) {
        CountContext c = s.context();
        List<Integer> modifiers = new ArrayList<>();
        int i = after;
        while (i < s.size() && modifiers.size() <= 5) {
            int pastYear = ProductYear.skip(s, i);
            if (pastYear > i) {
                i = pastYear; // "120,000 2027-2029 kettles": a product's year says which, not what is counted
                continue;
            }
            Words.Word w = s.word(i);
            if (w.punctuation()) {
                break;
            }
            String two = i + 1 < s.size() ? w.lower() + " " + s.word(i + 1).lower() : "";
            if (c.anyHead(two)) {
                return new NounGroup(Evidence.HEAD, i + 1, modifiers, null);
            }
            if (c.anyHead(w.lower())) {
                return new NounGroup(Evidence.HEAD, groupEnd(s, i), modifiers, null);
            }
            if (Persons.GENERIC.contains(w.lower())) {
                return new NounGroup(Evidence.PEOPLE, i, modifiers, null);
            }
            int part = PartOfWhole.ofThe(s, i);
            if (part < 0) {
                part = PartOfWhole.ofThem(s, i);
            }
            if (part >= 0) {
                return partitive(s, first, part, modifiers); // "five of the dead", "28 of them": a part of what is counted
            }
            if (UnitsCounted.is(w)) {
                return aside(UnitsCounted.NAME, s, first, i);
            }
            if (i == after && Difference.at(s, i)) {
                break; // "3,000 higher than": a difference, told by its own rule
            }
            if (Adverbs.isAdverbial(w.lower()) && clauseGoesOn(s, i + 1)) {
                break; // "rose to 14 overnight.", "14 nationwide, officials said": an adverbial, not what is counted
            }
            // a word of grammar is never a modifier: the sentence is tagged only when a tag can decide
            if (!ClosedClass.NUMBER_FILLERS.contains(w.lower()) && (w.capitalized() || c.isKeywordWord(w.lower())
                || s.tag(w).equals("ADJ") || s.tag(w).equals("PROPN"))) {
                modifiers.add(i);
                i++;
                continue;
            }
            if (SomethingElseCounted.noun(s, w)) {
                int noun = i;
                if (c.profiles().stream().anyMatch(p -> p.framed(s, first, noun) || p.predicated(s, noun, noun + 1))) {
                    // "laid off 620 workers", "cut 900 posts", "37 protesters remain in custody"
                    return new NounGroup(Evidence.HEAD, i, modifiers, null);
                }
                return aside(SomethingElseCounted.NAME, s, first, i);
            }
            break;
        }
        if (!modifiers.isEmpty()) {
            // "1,020 dead" reads its adjective as what is counted
            int last = modifiers.get(modifiers.size() - 1);
            if (!c.anyHead(s.word(last).lower())) {
                return aside(SomethingElseCounted.NAME, s, first, last); // "11 Turkish provinces" stopped at an unknown word
            }
            modifiers.remove(modifiers.size() - 1);
            return new NounGroup(Evidence.HEAD, last, modifiers, null);
        }
        return new NounGroup(Evidence.BARE, -1, modifiers, null);
    }

    /** Whether word {@code i} ends the clause or starts another part of it: punctuation, a preposition, a conjunction. */
    private static boolean clauseGoesOn(CountSentence s, int i) {
        if (i >= s.size() || s.word(i).punctuation()) {
            return true;
        }
        String next = s.word(i).lower();
        return ClosedClass.PREPOSITIONS.contains(next) || ClosedClass.COORDINATORS.contains(next)
            || ClosedClass.SUBORDINATORS.contains(next);
    }

    /**
     * A partitive whose noun or pronoun is word {@code noun}: of what a subject counts ("of the dead"),
     * of people or a pronoun (a part of the whole counted before: "of the victims", "of them"), or of
     * something else ("three of the hospitals").
     */
    private static NounGroup partitive(CountSentence s, int first, int noun, List<Integer> modifiers) {
        Words.Word w = s.word(noun);
        if (s.context().anyHead(w.lower())) {
            return new NounGroup(Evidence.HEAD, noun, modifiers, null, true);
        }
        if (w.is("them", "those", "these", "whom") || PartOfWhole.people(w)) {
            return new NounGroup(Evidence.PRONOUN, noun, modifiers, null, true);
        }
        return aside(SomethingElseCounted.NAME, s, Math.min(first, noun), Math.max(first, noun));
    }

    /** The word after what is counted (the number's own word when a fronted partitive says it). */
    int end(int after) {
        return head >= after ? head + 1 : after;
    }

    private NounGroup otherForce(CountSentence s, int first) {
        int m = AnotherForce.among(s, modifiers, first, head);
        return m < 0 ? this : aside(AnotherForce.NAME, s, first, m);
    }

    private static NounGroup aside(String rule, CountSentence s, int from, int to) {
        return new NounGroup(Evidence.BARE, -1, List.of(), new SetAside(rule, s.wordsSpan(from, to + 1)));
    }

    /** The noun group goes on while its words are the subject's ("striking dock workers"): its last word is the head. */
    private static int groupEnd(CountSentence s, int i) {
        while (i + 1 < s.size() && !s.word(i + 1).punctuation() && s.context().anyHead(s.word(i + 1).lower())) {
            i++;
        }
        return i;
    }
}
