package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.AspectVerbs;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StatesInForce;
import io.factaudit.lexicon.WordFamily;
import io.factaudit.sheet.Milestone;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A state told by the noun of its act ({@link WordFamily#nounsOfTheAct}: "closure" for "closed",
 * "restoration" for "restored") said of the subject, with a verb of its phase: "the closure of the
 * schools began on Monday" and "the schools' closure continues" affirm the state, "the closure of
 * the schools ended on Friday" says it held and holds no more. The noun alone ("the closure of the
 * plant on Monday drew crowds") names the change, no state; a negated phase is left unread.
 */
final class StateNoun {

    private StateNoun() {
    }

    /** What puts the subject after the noun of the act: "the closure of", "a halt to", "the freeze on". */
    private static final Set<String> OF_TO_ON = Set.of("of", "to", "on");

    /**
     * The last word of a state of holding after "be" or a linking verb from word {@code after} on:
     * "remains in effect", "is still in effect" (WordNet's "in effect", {@link StatesInForce#holds}); else -1.
     */
    private static int holding(SentenceWords w, int after) {
        boolean be = false;
        for (int j = after; j < w.size(); j++) {
            String word = w.lower(j);
            if (be && StatesInForce.holds(word)) {
                return j;
            }
            if (be && j + 1 < w.size() && StatesInForce.holds(word + " " + w.lower(j + 1))) {
                return j + 1;
            }
            boolean verb = ClosedClass.BE.contains(word) || ClosedClass.LINKING_VERBS.contains(word);
            if (!verb && !ClosedClass.AUXILIARIES.contains(word) && !StateVerbGroup.isAdverbial(w, j) && !w.tag(j).equals("ADV")) {
                return -1;
            }
            be |= verb;
        }
        return -1;
    }

    /** The nouns of the act of a milestone's one-word wordings. */
    static Set<String> nouns(Milestone m) {
        Set<String> nouns = new HashSet<>();
        List<String> wordings = new java.util.ArrayList<>(m.aliases());
        wordings.add(m.state());
        for (String wording : wordings) {
            String lower = wording.strip().toLowerCase(Locale.ROOT);
            if (lower.indexOf(' ') < 0) {
                nouns.addAll(WordFamily.nounsOfTheActAnySpelling(lower));
            }
        }
        return nouns;
    }

    /** The claims of one sentence: the noun of the act owned by the subject, then a verb of its phase. */
    static void read(Document document, SentenceWords w, DateResolver dates, Milestone m, Set<String> nouns,
                     List<SubjectReferences.Reference> refs, List<Claim> claims) {
        for (SubjectReferences.Reference ref : refs) {
            int noun;
            int after;
            int of = ref.first() - 1;
            if (of > 0 && Lexicon.DETERMINERS.contains(w.lower(of))) {
                of--;
            }
            if (of > 0 && OF_TO_ON.contains(w.lower(of)) && nouns.contains(w.lower(of - 1))) {
                noun = of - 1; // "the closure of the schools", "a halt to sales", "the freeze on sales"
                after = ref.last() + 1;
            } else if (ref.last() + 2 < w.size() && (w.lower(ref.last() + 1).equals("'s") || w.lower(ref.last() + 1).equals("'"))
                && nouns.contains(w.lower(ref.last() + 2))) {
                noun = ref.last() + 2; // "the schools' closure"
                after = noun + 1;
            } else {
                continue;
            }
            int verb = after;
            while (verb < w.size() && StateVerbGroup.isAdverbial(w, verb)
                || verb < w.size() && ClosedClass.AUXILIARIES.contains(w.lower(verb))) {
                verb++;
            }
            int holding = holding(w, after);
            if (verb >= w.size() || holding < 0 && StateOfHolding.takesAnObject(w, verb + 1)) {
                continue;
            }
            String word = w.lower(verb);
            boolean goesOn = StatesInForce.begins(word) || AspectVerbs.goesOn(word) && !word.endsWith("ing") || holding >= 0;
            boolean ends = StatesInForce.endingParticles(word).contains("") || AspectVerbs.ends(word)
                || StatesInForce.isOver(word) && ClosedClass.BE.contains(w.lower(verb - 1));
            if (!goesOn && !ends || word.endsWith("ing")) {
                continue;
            }
            int start = Math.max(0, noun - 1);
            start = Math.min(ref.first(), Lexicon.DETERMINERS.contains(w.lower(start)) ? start : noun);
            Modality modality = Modality.of(w, start, after, verb, verb);
            if (modality.assertion() != Modality.Assertion.AFFIRMED) {
                continue;
            }
            StateLink link = new StateLink(ref, verb, Math.max(verb, holding), start, modality);
            DateMention time = StateTime.find(w, dates, link);
            Span span = link.span(w, time);
            claims.add(new StateClaim(span, document.textOf(span), m.subject(), m.state(), ends, time, ends));
        }
    }
}
