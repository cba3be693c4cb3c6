package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StatesInForce;
import io.factaudit.lexicon.WordNet;
import io.factaudit.sheet.Milestone;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * A state of holding ({@link StatesInForce}: "in force", "in effect", "underway") told without its
 * own words, through what the subject is while it holds: its end said of it ("the curfew has
 * ended", "the ban was lifted", "Curfew in Osk lifted", "the strike is over", "the army called off
 * the curfew") says the state held and holds no more; its beginning ("the curfew began on
 * Monday", "since the curfew began") affirms it; "despite" before it ("despite a curfew in the
 * capital"), or "under" opening a clause ("Under the curfew, shops close"), takes it to hold. Negated, an end affirms the state
 * ("the curfew has not been lifted"). A sheet whose own wordings name the end ("lifted") is read
 * by {@link StateReader} through those words instead.
 */
final class StateOfHolding {

    /** Prepositions before a measure that take it to be in force: "despite the ban", "under the curfew". */
    static final Set<String> PRESUPPOSING = Set.of("despite", "under", "amid", "amidst");
    /**
     * "Under" after a verb or a noun names the measure an act was done by ("were freed under the
     * accord", "the first tenants under the scheme"), not a circumstance that holds: only opening a
     * clause ("Under the curfew, shops must close") does it take the measure to hold.
     */
    private static final String AUTHORITY = "under";
    /** Conjunctions of a clause of time that dates another event: "before", "after", "until". */
    private static final Set<String> TIME_CLAUSES = Set.of("before", "after", "until", "till");

    private StateOfHolding() {
    }

    /** Whether the milestone's state is one of holding, and none of the subject's wordings is a word of its end or beginning. */
    static boolean applies(Milestone m, List<Milestone> ofSubject) {
        if (!StatesInForce.holds(m.state()) && m.aliases().stream().noneMatch(StatesInForce::holds)) {
            return false;
        }
        for (Milestone other : ofSubject) {
            for (String wording : wordings(other)) {
                for (String word : wording.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                    if (!StatesInForce.endingParticles(word).isEmpty() || StatesInForce.isOver(word)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static List<String> wordings(Milestone m) {
        List<String> all = new java.util.ArrayList<>(m.aliases());
        all.add(m.state());
        return all;
    }

    /** The claims of one sentence about a subject in a state of holding. */
    static void read(Document document, SentenceWords w, DateResolver dates, Milestone m,
                     List<SubjectReferences.Reference> refs, List<Claim> claims) {
        for (SubjectReferences.Reference ref : refs) {
            StateLink link = endOrBeginning(w, ref);
            if (link == null) {
                link = endOfObject(w, ref);
            }
            boolean begun = link != null && StatesInForce.begins(w.lower(link.first()));
            if (link != null && link.modality().assertion().isClaim()) {
                boolean denied = link.modality().assertion() == Modality.Assertion.NEGATED;
                boolean ended = !begun && !denied;
                if (begun && (denied || datesAnother(w, ref))) {
                    continue; // "the curfew has not begun": not yet; "hours before the truce began": another event's time
                }
                DateMention time = StateTime.find(w, dates, link);
                Span span = link.span(w, time);
                claims.add(new StateClaim(span, document.textOf(span), m.subject(), m.state(), ended, time, ended));
                continue;
            }
            if (StateExistential.read(document, w, m, ref, claims)) {
                continue;
            }
            int before = presupposing(w, ref);
            if (before >= 0 && Modality.of(w, before, ref.first(), ref.first(), ref.last()).assertion().isClaim()) {
                Span span = w.span(before, ref.last());
                claims.add(new StateClaim(span, document.textOf(span), m.subject(), m.state(), false, null, false));
            }
        }
    }

    /**
     * The subject, words of its verb group, then a word of the state's end or beginning with its
     * particle ("has ended", "was called off", "is over", "began"), not followed by an object of its
     * own ("the curfew ended the protests" says what the curfew did).
     */
    private static StateLink endOrBeginning(SentenceWords w, SubjectReferences.Reference ref) {
        int i = ref.last() + 1;
        int verb = -1;
        for (int k = i; k < w.size() && k <= ref.last() + 8; k++) {
            String word = w.lower(k);
            if (word.endsWith("ing")) {
                continue;
            }
            if (!StatesInForce.endingParticles(word).isEmpty() || StatesInForce.begins(word)
                || StatesInForce.isOver(word) && k > 0 && ClosedClass.BE.contains(w.lower(k - 1))) {
                verb = k;
                break;
            }
        }
        if (verb < 0 || w.lower(verb).endsWith("ing")) {
            return null;
        }
        int last = verb;
        Set<String> particles = StatesInForce.endingParticles(w.lower(verb));
        if (!particles.isEmpty() && !particles.contains("")) {
            if (!particles.contains(w.lower(verb + 1))) {
                return null; // "called" without "off"
            }
            last = verb + 1;
        }
        if (takesAnObject(w, last + 1) || StateSubject.linkStart(w, ref, verb) < 0) {
            return null;
        }
        int start = StateSubject.linkStart(w, ref, verb);
        Modality modality = Modality.of(w, ref.first(), ref.last() + 1, verb, last);
        if (modality.assertion().isClaim() && StateIrrealis.applies(w, ref.first(), ref.last(), verb)) {
            modality = new Modality(Modality.Assertion.FORECAST, -1); // "the truce was to begin", "when the truce begins"
        }
        return new StateLink(ref, verb, last, start, modality);
    }

    /** A word after the verb that opens an object, an infinitive or a gerund: "ended the protests", "began to", "began clearing". */
    static boolean takesAnObject(SentenceWords w, int i) {
        if (i >= w.size()) {
            return false;
        }
        String word = w.lower(i);
        boolean noun = (w.tag(i).equals("NOUN") || w.tag(i).equals("PROPN"))
            && WordNet.lemmas(word, POS.ADVERB).isEmpty(); // "called off overnight", "ended yesterday"
        return Lexicon.DETERMINERS.contains(word) || word.equals("to") || word.endsWith("ing") || noun
            || w.tag(i).equals("PRON") || w.tag(i).equals("NUM");
    }

    /**
     * A verb of ending or of imposing with the subject as its object: "lifted the curfew", "called
     * off the strike", "imposed a curfew".
     */
    private static StateLink endOfObject(SentenceWords w, SubjectReferences.Reference ref) {
        for (int verb = Math.max(0, ref.first() - 6); verb < ref.first(); verb++) {
            Set<String> particles = StatesInForce.begins(w.lower(verb)) ? Set.of("")
                : StatesInForce.endingParticles(w.lower(verb));
            if (particles.isEmpty() || w.lower(verb).endsWith("ing")) {
                continue;
            }
            int last = verb;
            if (!particles.contains("")) {
                if (!particles.contains(w.lower(verb + 1))) {
                    continue;
                }
                last = verb + 1;
            }
            if (last < ref.first() && StateObject.isObject(w, verb, last, ref, true)) {
                return new StateLink(ref, verb, last, verb, Modality.of(w, verb, verb, verb, ref.last()));
            }
        }
        return null;
    }

    /** The preposition just before the subject's group that takes it to hold ("despite a curfew"), or -1. */
    private static int presupposing(SentenceWords w, SubjectReferences.Reference ref) {
        int k = ref.first() - 1;
        if (k >= 0 && Lexicon.DETERMINERS.contains(w.lower(k))) {
            k--;
        }
        if (k < 0 || !PRESUPPOSING.contains(w.lower(k)) || StateObject.owner(w, ref)) {
            return -1; // "under the truce's terms" names the terms
        }
        return !w.lower(k).equals(AUTHORITY) || opensAClause(w, k) ? k : -1;
    }

    /**
     * Whether the subject opens a clause of time that dates another event by the state's beginning
     * ("hours before the truce began, ...", "after the ban began"): the beginning is presupposed, not
     * reported; "since" says the state holds from then and is read.
     */
    private static boolean datesAnother(SentenceWords w, SubjectReferences.Reference ref) {
        for (int i = Modality.clauseStart(w, ref.first()); i < ref.first(); i++) {
            if (TIME_CLAUSES.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code k} opens its sentence or a clause: nothing, a punctuation mark or a coordinator before it. */
    static boolean opensAClause(SentenceWords w, int k) {
        return k == 0 || w.tag(k - 1).equals("PUNCT") || w.tag(k - 1).equals("CCONJ");
    }
}
