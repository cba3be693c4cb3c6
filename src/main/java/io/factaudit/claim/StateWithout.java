package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.sheet.Milestone;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A state of return denied by "without" its subject after "be" or a linking verb: "thousands
 * remain without the rail service", "residents were still without the portal on Friday" deny
 * that the service is restored or the portal back online. A state of return is one the sheet
 * words with a verb made with re- ("restored", "resumed", "reopened") or with "back" or "again"
 * ("back online", "open again"): what people are without has not come back. "Not without" is no
 * claim either way.
 */
final class StateWithout {

    private static final Set<String> RETURN = Set.of("back", "again", "anew");
    private static final Set<String> STILL = Set.of("still", "again", "now", "yet", "largely", "mostly");

    private StateWithout() {
    }

    /** Whether the milestone's state is one of return: "restored", "back online", "open again". */
    static boolean applies(Milestone m) {
        List<String> wordings = new java.util.ArrayList<>(m.aliases());
        wordings.add(m.state());
        for (String wording : wordings) {
            String[] words = wording.toLowerCase(Locale.ROOT).strip().split(" ");
            if (words.length == 1 && words[0].startsWith("re") && Lexicon.looksVerbal(words[0])
                || java.util.Arrays.stream(words).anyMatch(RETURN::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The denials of one sentence: "without" and the subject, after a form of "be" or a linking verb. */
    static void read(Document document, SentenceWords w, DateResolver dates, Milestone m,
                     List<SubjectReferences.Reference> refs, List<Claim> claims) {
        for (SubjectReferences.Reference ref : refs) {
            int k = ref.first() - 1;
            if (k >= 0 && Lexicon.DETERMINERS.contains(w.lower(k))) {
                k--;
            }
            if (k < 1 || !w.lower(k).equals("without")) {
                continue;
            }
            int verb = k - 1;
            while (verb > 0 && (STILL.contains(w.lower(verb)) || StateVerbGroup.isAdverbial(w, verb))) {
                verb--;
            }
            if (!ClosedClass.BE.contains(w.lower(verb)) && !ClosedClass.LINKING_VERBS.contains(w.lower(verb))
                || w.lower(verb - 1).equals("not") || w.lower(verb + 1).equals("not")) {
                continue;
            }
            int clause = Modality.clauseStart(w, verb);
            Modality modality = Modality.of(w, clause, clause, k, ref.last()); // "could be without": the whole verb group
            if (modality.assertion() != Modality.Assertion.AFFIRMED) {
                continue;
            }
            StateLink link = new StateLink(ref, k, ref.last(), clause, modality);
            DateMention time = StateTime.find(w, dates, link);
            Span span = w.span(clause, ref.last());
            if (time != null && time.span().start() >= span.end()) {
                span = span.union(time.span());
            }
            claims.add(new StateClaim(span, document.textOf(span), m.subject(), m.state(), true, time, false));
        }
    }
}
