package io.factaudit.claim;

import io.factaudit.language.Document;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StatesInForce;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import java.util.List;
import java.util.Set;

/**
 * How a state claim the gold does not have was read, by kind and without its words, so that a
 * held-out topic can say where its false states lie: the wording that carried it (the sheet's
 * wording, an opposite, the bare word of a return, a verb made with re-, a noun of the act, a verb
 * of a state's end or beginning), whether it was affirmed or denied, how its subject was referred to
 * (its name, a pronoun, a definite group, a head noun) and what stands around that reference (a
 * part "of" it, a possessive, a relative clause between it and the state).
 */
public final class StateExtras {

    /** Words that open a definite group referring back: "the ferry", "that ship", "these inmates". */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private StateExtras() {
    }

    /** The kind of a state claim read from {@code facts} in {@code document}. */
    public static String why(Document document, Facts facts, StateClaim claim) {
        StateReader.Subject subject = StateReader.compile(facts).stream().filter(s -> s.name().equals(claim.subject()))
            .findFirst().orElse(null);
        if (subject == null) {
            return "a subject without milestones";
        }
        List<io.factaudit.article.Span> sentences = document.sentences();
        int target = document.sentenceIndex(claim.span().start());
        if (target < 0) {
            return "not in a sentence";
        }
        SentenceWords w = document.words(sentences.get(target));
        List<SubjectReferences.Reference> refs = StateMisses.references(document, sentences, target, subject);
        int from = firstIn(w, claim.span().start());
        int to = lastIn(w, claim.span().end());
        String wording = wording(w, subject, from, to);
        SubjectReferences.Reference ref = refs.stream().filter(r -> r.last() >= from && r.first() <= to).findFirst().orElse(null);
        int state = stateWord(w, subject, from, to);
        String where = ref != null ? "" : refs.isEmpty() ? " (none in the sentence)"
            : refs.get(0).first() > to ? " (one after them)" : " (one before them)";
        SubjectReferences.Reference near = ref != null ? ref
            : refs.stream().filter(r -> r.last() < from).reduce((a, b) -> b).orElse(null);
        return wording + ", " + (claim.negated() ? "denied" : "affirmed") + ", subject by " + reference(w, ref) + where
            + (ref == null && near != null ? ", " + reference(w, near) + " just before" : "") + around(w, near, state);
    }

    /** Which of the subject's wordings stands in the claim's words, tried in the reader's order. */
    private static String wording(SentenceWords w, StateReader.Subject subject, int from, int to) {
        if (within(subject.opposites().find(w, StateReader.INSIDE_STATE), from, to)) {
            return "an opposite";
        }
        if (within(StateClause.find(w, subject.states()), from, to)) {
            return "the sheet's wording";
        }
        if (within(subject.bare().find(w, StateReader.INSIDE_STATE), from, to)) {
            return "a return's bare word";
        }
        if (within(subject.returns().find(w, StateReader.INSIDE_STATE), from, to)) {
            return "a verb of return";
        }
        for (int i = Math.max(0, from); i <= to; i++) {
            for (Set<String> nouns : subject.acts().values()) {
                if (nouns.contains(w.lower(i))) {
                    return "a noun of the act";
                }
            }
        }
        return subject.holding().isEmpty() ? "another wording" : holding(w, from, to);
    }

    /** Which word of a state of holding read it ({@link StateOfHolding}): a preposition before it, its beginning, its end. */
    private static String holding(SentenceWords w, int from, int to) {
        if (from >= 0 && from < w.size() && StateOfHolding.PRESUPPOSING.contains(w.lower(from))) {
            boolean opens = StateOfHolding.opensAClause(w, from);
            boolean modal = false;
            for (int i = to + 1; i < w.size(); i++) {
                modal |= ClosedClass.MODALS.contains(w.lower(i));
            }
            return "a state of holding: \"" + w.lower(from) + "\" before it" + (opens ? " opening a clause" : " after words")
                + (modal ? ", a modal after it" : "");
        }
        for (int i = Math.max(0, from); i <= to; i++) {
            if (StatesInForce.begins(w.lower(i))) {
                return "a state of holding: a verb of its beginning";
            }
            if (StatesInForce.isOver(w.lower(i))) {
                return "a state of holding: an adjective of its end";
            }
        }
        return "a state of holding: a verb of its end";
    }

    /** The first word of a wording inside the claim's words, or -1. */
    private static int stateWord(SentenceWords w, StateReader.Subject subject, int from, int to) {
        for (List<PhraseIndex.Found<Milestone>> founds : List.of(subject.opposites().find(w, StateReader.INSIDE_STATE),
            StateClause.find(w, subject.states()), subject.bare().find(w, StateReader.INSIDE_STATE))) {
            for (PhraseIndex.Found<Milestone> f : founds) {
                if (f.first() >= from && f.last() <= to) {
                    return f.first();
                }
            }
        }
        return -1;
    }

    private static boolean within(List<PhraseIndex.Found<Milestone>> founds, int from, int to) {
        return founds.stream().anyMatch(f -> f.first() >= from && f.last() <= to);
    }

    /** How the reference names the subject. */
    private static String reference(SentenceWords w, SubjectReferences.Reference ref) {
        if (ref == null) {
            return "no reference in its words";
        }
        if (ref.explicit()) {
            return "its name";
        }
        if (ref.first() == ref.last() && w.tag(ref.first()).equals("PRON")) {
            return "a pronoun";
        }
        return DEFINITE.contains(w.lower(ref.first())) ? "a definite group" : "a head noun";
    }

    /** What stands around the reference: a part "of" it, a possessive after it, a relative pronoun before the state. */
    private static String around(SentenceWords w, SubjectReferences.Reference ref, int state) {
        if (ref == null) {
            return "";
        }
        StringBuilder kind = new StringBuilder();
        if (ref.first() > 0 && w.lower(ref.first() - 1).equals("of")) {
            kind.append(", after \"of\"");
        }
        if (ref.last() + 1 < w.size() && w.lower(ref.last() + 1).equals("'s")) {
            kind.append(", possessive");
        }
        for (int i = ref.last() + 1; state > 0 && i < state; i++) {
            if (ClosedClass.RELATIVE_PRONOUNS.contains(w.lower(i))) {
                kind.append(", a relative clause between");
                break;
            }
        }
        if (state >= 0 && state < ref.first()) {
            kind.append(", subject after the state");
        }
        return kind.toString();
    }

    private static int firstIn(SentenceWords w, int start) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).span().end() > start) {
                return i;
            }
        }
        return w.size();
    }

    private static int lastIn(SentenceWords w, int end) {
        for (int i = w.size() - 1; i >= 0; i--) {
            if (w.get(i).span().start() < end) {
                return i;
            }
        }
        return -1;
    }
}
