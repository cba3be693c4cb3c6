package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * A rule that sets a number aside: "N people" who do or undergo another act than the subject's are
 * another group, whoever the passage's source is: the object of a verb that is none of the subject's
 * ("officers detained 9 people" on a sheet of marchers), or the subject of one ("a few hundred people
 * marched" on a sheet of arrests, "14 people had been charged"), when that verb is intransitive or
 * passive ("1,400 people lost their lives" says its act with its object). Verbs of saying, communication and
 * thought ("counted", "reported", "estimated", "expects") tell the figure and count anyone.
 */
final class PeopleOfAnotherAct {

    static final String NAME = "people of another act";

    /** WordNet's lexicographer files of the verbs that tell or judge a figure rather than act on people. */
    private static final Set<String> TELLING = Set.of("verb.communication", "verb.cognition", "verb.perception", "verb.stative");

    /**
     * The files of the verbs that judge a figure said of "N people" as their subject ("were believed",
     * "were seen"); a verb of communication said of them is done to them ("had been charged").
     */
    private static final Set<String> JUDGING = Set.of("verb.cognition", "verb.perception", "verb.stative");

    /** How many words may stand between "N people" and their verb ("had already been"). */
    private static final int REACH = 4;

    private PeopleOfAnotherAct() {
    }

    /** The words of the other act and of "N people", or null when the clause says no other act of them. */
    static Span looked(CountSentence s, CountedNumber n, SubjectProfile subject) {
        boolean byNoun = !people(s, n);
        if (byNoun && !namedWithAPredicate(s, n, subject) || SubjectChoice.saidOfThem(s, n.first(), n.end(), subject)
            || subject.framedGroup(s, n)) {
            return null;
        }
        int object = byNoun ? -1 : verbBefore(s, n.first()); // "the board cut off 3,000 customers" is left to the reading
        if (object >= 0 && anotherAct(s, object, subject, TELLING)) {
            return s.wordsSpan(object, n.end());
        }
        int agent = verbAfter(s, n.end());
        if (agent >= 0 && anotherAct(s, agent, subject, JUDGING)) {
            return s.wordsSpan(n.first(), agent + 1);
        }
        return null;
    }

    /** "N people", "N residents": a noun of persons, also when a spelling of the subject has it ("people marched"). */
    private static boolean people(CountSentence s, CountedNumber n) {
        if (n.evidence() == Evidence.PEOPLE) {
            return true;
        }
        return n.evidence() == Evidence.HEAD && n.end() > n.after() && Persons.GENERIC.contains(s.word(n.end() - 1).lower());
    }

    /**
     * "40 pupils were sent home" on a sheet of "pupils out of school": the sheet's name is a noun and a
     * predicate ({@link PredicateSpelling}: "out of school", "without heating", "closed"), and the counted
     * noun is no spelling of the subject alone, so it says no more than "people" does: another act said
     * of them as their verb makes them another group.
     */
    private static boolean namedWithAPredicate(CountSentence s, CountedNumber n, SubjectProfile subject) {
        if (n.evidence() != Evidence.HEAD || n.end() <= n.after()) {
            return false;
        }
        String noun = s.word(n.end() - 1).lower();
        String[] name = subject.subject().toLowerCase(Locale.ROOT).split("\\s+");
        if (name.length < 2 || !WordForms.isPluralNoun(name[0]) || !WordForms.isPluralNoun(noun) || subject.spelledAlone(noun)) {
            return false;
        }
        return PredicateSpelling.of(String.join(" ", Arrays.copyOfRange(name, 1, name.length))) != null;
    }

    /** The verb whose object "N people" is: right before the number, past adverbs; or -1. */
    private static int verbBefore(CountSentence s, int first) {
        int j = first - 1;
        while (j >= 0 && s.tag(s.word(j)).equals("ADV")) {
            j--;
        }
        return j >= 0 && s.tag(s.word(j)).equals("VERB") ? j : -1;
    }

    /** The verb of which "N people" is the subject: after them, past auxiliaries and adverbs ("had been charged"); or -1. */
    private static int verbAfter(CountSentence s, int end) {
        for (int j = end; j < Math.min(s.size(), end + REACH); j++) {
            String lower = s.word(j).lower();
            String tag = s.tag(s.word(j));
            if (ClosedClass.AUXILIARIES.contains(lower) || ClosedClass.MODALS.contains(lower) || tag.equals("ADV")) {
                continue;
            }
            return tag.equals("VERB") && WordForms.isInflectedVerb(lower) && !withObject(s, j) ? j : -1;
        }
        return -1;
    }

    /**
     * "have lost their lives", "took part": a verb with an object or a particle says its act with it, in
     * words WordNet has no verb for; only an intransitive or passive verb is weighed alone.
     */
    private static boolean withObject(CountSentence s, int verb) {
        if (verb + 1 >= s.size()) {
            return false;
        }
        String tag = s.tag(s.word(verb + 1));
        return tag.equals("DET") || tag.equals("PRON") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("NUM")
            || ClosedClass.PARTICLES.contains(s.word(verb + 1).lower());
    }

    /** A verb that is none of the subject's (in any form), nor one of saying or being, nor of the given files of telling. */
    private static boolean anotherAct(CountSentence s, int verb, SubjectProfile subject, Set<String> telling) {
        String lower = s.word(verb).lower();
        if (ClosedClass.AUXILIARIES.contains(lower) || ClosedClass.LINKING_VERBS.contains(lower) || VerbsOfSaying.contains(lower)
            || subject.isHead(lower) || telling.stream().anyMatch(f -> WordNet.inLexFile(lower, POS.VERB, f, 1))) {
            return false;
        }
        Set<String> lemmas = WordNet.lemmas(lower, POS.VERB);
        return !lemmas.isEmpty() && subject.heads().stream().noneMatch(h -> !Collections.disjoint(lemmas, WordNet.lemmas(h, POS.VERB)));
    }
}
