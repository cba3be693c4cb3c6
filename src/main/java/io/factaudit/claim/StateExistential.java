package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.sheet.Milestone;
import java.util.List;
import java.util.Set;

/**
 * A state of holding ({@link StateOfHolding}) said by the measure's being there: "there is a curfew
 * in Osk", "there has been a curfew since May" affirm it, "there is no curfew" denies it and "there
 * is no longer a curfew" says it held and holds no more; and by what is under it: "Osk is under a
 * curfew", "remains under curfew", "was placed under a curfew". A question, a condition or a
 * forecast ("there could be a curfew") says nothing ({@link Modality}).
 */
final class StateExistential {

    /** Adverbs that may stand in the verb group: "there is still a curfew", "is now under curfew". */
    private static final Set<String> ADVERBS = Set.of("still", "now", "already", "also", "again", "currently", "effectively");
    /** Participles of verbs that put a thing under a measure: "was placed under curfew", "were put under a ban". */
    private static final Set<String> PLACED = Set.of("placed", "put", "kept", "held");

    private StateExistential() {
    }

    /** Reads the claim of one reference to the subject; whether one was read. */
    static boolean read(Document document, SentenceWords w, Milestone m, SubjectReferences.Reference ref, List<Claim> claims) {
        int k = ref.first() - 1;
        while (k >= 0 && Lexicon.DETERMINERS.contains(w.lower(k)) && !w.lower(k).equals("no")) {
            k--;
        }
        boolean ended = false;
        if (k > 0 && w.lower(k).equals("longer") && w.lower(k - 1).equals("no")) {
            ended = true;
            k--;
        }
        int negation = k >= 0 && w.lower(k).equals("no") ? k-- : -1;
        int start = thereIs(w, k);
        if (start < 0 && negation < 0) {
            start = under(w, k);
        }
        if (start < 0) {
            return false;
        }
        Modality modality = Modality.of(w, start, start, ref.first(), ref.last());
        if (!modality.assertion().isClaim()) {
            return false;
        }
        boolean negated = modality.assertion() == Modality.Assertion.NEGATED;
        Span span = w.span(start, ref.last());
        claims.add(new StateClaim(span, document.textOf(span), m.subject(), m.state(), negated, null, negated && ended));
        return true;
    }

    /** The "there" of "there is (still) ..." ending at word k, or -1. */
    private static int thereIs(SentenceWords w, int k) {
        while (k >= 0 && ADVERBS.contains(w.lower(k))) {
            k--;
        }
        if (k < 0 || !ClosedClass.BE.contains(w.lower(k))) {
            return -1;
        }
        k--;
        while (k >= 0 && (ClosedClass.AUXILIARIES.contains(w.lower(k)) || ADVERBS.contains(w.lower(k)))) {
            k--;
        }
        return k >= 0 && w.lower(k).equals("there") ? k : -1;
    }

    /** The first word of "is (now) under", "remains under", "was placed under" ending at word k, or -1. */
    private static int under(SentenceWords w, int k) {
        if (k < 1 || !w.lower(k).equals("under")) {
            return -1;
        }
        int i = k - 1;
        if (PLACED.contains(w.lower(i))) {
            i--;
        }
        while (i >= 0 && ADVERBS.contains(w.lower(i))) {
            i--;
        }
        if (i < 0 || !ClosedClass.BE.contains(w.lower(i)) && !ClosedClass.LINKING_VERBS.contains(w.lower(i))) {
            return -1;
        }
        return Modality.clauseStart(w, i);
    }
}
