package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Modality;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.Antonyms;
import io.factaudit.lexicon.StatesInForce;
import io.factaudit.lexicon.Synonyms;
import io.factaudit.lexicon.WordFamily;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a state the reader should have read was missed, by kind and without its words, so that a
 * held-out topic can say where its state misses lie: its subject not found in the claim's words
 * (with whether the subject's head noun or a word of its name stands there), no word of the state
 * there (with whether a WordNet synonym of a wording does), the state's words not tied to the
 * subject, tied but set aside (asked, forecast, conditional, unconfirmed; a change under way; an
 * opposite not predicated or only negated), or a state read in the sentence with other words or of another
 * subject.
 */
public final class StateMisses {

    private StateMisses() {
    }

    /**
     * The kind of a miss: the claim's words {@code span}, the subject the annotation gives, and
     * the state claims the audit read in the article.
     */
    public static String why(Document document, Facts facts, Span span, String subjectName, List<StateClaim> read) {
        List<StateReader.Subject> subjects = StateReader.compile(facts);
        StateReader.Subject subject = subjects.stream().filter(s -> s.name().equals(subjectName)).findFirst().orElse(null);
        if (subject == null) {
            return "no milestone of the annotated subject";
        }
        List<Span> sentences = document.sentences();
        int target = -1;
        for (int s = 0; s < sentences.size() && target < 0; s++) {
            target = sentences.get(s).overlaps(span) ? s : -1;
        }
        if (target < 0) {
            return "not in a sentence";
        }
        Span sentence = sentences.get(target);
        for (StateClaim c : read) {
            if (c.span().overlaps(sentence)) {
                return !c.subject().equals(subjectName) ? "a state read of another subject"
                    : c.span().overlaps(span) ? "read, paired with another annotation" : "read with other words of the sentence";
            }
        }
        SentenceWords w = document.words(sentence);
        List<SubjectReferences.Reference> refs = references(document, sentences, target, subject);
        int from = firstIn(w, span);
        int to = lastIn(w, span);
        List<SubjectReferences.Reference> inSpan = refs.stream().filter(r -> r.last() >= from && r.first() <= to).toList();
        if (inSpan.isEmpty()) {
            return "subject not found: " + subjectWords(w, from, to, subject.wording(), !refs.isEmpty());
        }
        List<String> kinds = new ArrayList<>();
        tied(w, StateClause.find(w, subject.states()), refs, from, to, false, false, kinds);
        tied(w, subject.opposites().find(w, StateReader.INSIDE_STATE), refs, from, to, true, false, kinds);
        tied(w, subject.bare().find(w, StateReader.INSIDE_STATE), refs, from, to, false, true, kinds);
        tied(w, subject.returns().find(w, StateReader.INSIDE_STATE), refs, from, to, false, false, kinds);
        if (!kinds.isEmpty()) {
            return kinds.contains("tied") ? "state tied to the subject, no claim kept" : kinds.get(0);
        }
        return "no word of the state: " + otherWords(w, from, to, subject);
    }

    /** The references to the subject in the target sentence, read from the article's start as the reader reads them. */
    static List<SubjectReferences.Reference> references(Document document, List<Span> sentences, int target,
                                                                StateReader.Subject subject) {
        List<SentenceWords> words = sentences.stream().map(document::words).toList();
        SubjectReferences references = new SubjectReferences(subject.wording(),
            words.stream().anyMatch(w -> subject.wording().names(w)));
        List<SubjectReferences.Reference> refs = List.of();
        for (int s = 0; s <= target; s++) {
            refs = references.next(s, document.paragraphOf(sentences.get(s).start()), words.get(s));
        }
        return refs;
    }

    /** What of the subject stands in the claim's words when no reference was taken there. */
    private static String subjectWords(SentenceWords w, int from, int to, SubjectWording wording, boolean elsewhere) {
        for (int i = from; i <= to; i++) {
            if (wording.isHead(w.get(i).stem())) {
                return "its head noun is there, not taken as the subject";
            }
        }
        for (int i = from; i <= to; i++) {
            if (wording.isNameWord(w.lower(i))) {
                return "a word of its name is there";
            }
        }
        return elsewhere ? "named elsewhere in the sentence" : "none of its words in the sentence";
    }

    /** Each wording of the index found in the claim's words, told by what became of it. */
    private static void tied(SentenceWords w, List<PhraseIndex.Found<Milestone>> founds, List<SubjectReferences.Reference> refs,
                             int from, int to, boolean opposite, boolean bare, List<String> kinds) {
        for (PhraseIndex.Found<Milestone> found : founds) {
            if (found.last() < from || found.first() > to) {
                continue;
            }
            if ((opposite || bare) && !StateOpposites.predicated(w, found.first())
                && !(opposite && StateOpposites.changedInto(w, found.first(), found.last()))) {
                kinds.add(opposite ? "an opposite, not predicated of the subject" : "the bare state, not predicated");
                continue;
            }
            StateLink link = StateLink.find(w, refs, found.first(), found.last());
            if (link == null && !opposite && !bare) {
                link = StateAtPlace.find(w, refs, found.first(), found.last());
            }
            if (!opposite && !bare && StateClause.inside(w, found.first(), found.last()) < 0) {
                kinds.add("set aside (a modal inside the wording)");
            } else if (link == null) {
                kinds.add((opposite ? "an opposite" : "the state's words") + ", not tied to the subject: " + untied(w, refs, found.first()));
            } else if (!link.modality().assertion().isClaim()) {
                kinds.add("set aside (" + link.modality().assertion().name().toLowerCase(Locale.ROOT) + ")");
            } else if (!opposite && !bare && (StateClause.underWay(w, found.first()) || StateClause.underWay(w, found.last()))) {
                kinds.add("set aside (a change under way)");
            } else if (opposite && !StateOpposites.predicated(w, found.first()) && link.subject().first() > found.last()) {
                kinds.add("an opposite, a change done to the subject (its object)");
            } else if (opposite && link.modality().assertion() == Modality.Assertion.NEGATED) {
                kinds.add("set aside (an opposite negated, not ended)");
            } else {
                kinds.add("tied");
            }
        }
    }

    /**
     * Why no reference links to a state's words, told by the structure between: no reference before
     * them, one just before with no verb, or the part of speech of the first word between them that
     * no verb group holds.
     */
    private static String untied(SentenceWords w, List<SubjectReferences.Reference> refs, int first) {
        SubjectReferences.Reference before = null;
        for (SubjectReferences.Reference r : refs) {
            if (r.last() < first) {
                before = r;
            }
        }
        if (before == null) {
            SubjectReferences.Reference after = refs.stream().filter(r -> r.first() > first).findFirst().orElse(null);
            return "the subject only after them" + (after == null ? "" : ", after " + tags(w, first + 1, after.first()));
        }
        if (before.last() + 1 == first) {
            return "the subject just before, no verb";
        }
        for (int i = before.last() + 1; i < first; i++) {
            if (!StateVerbGroup.holds(w, i)) {
                return "a word tagged " + w.tag(i) + " between";
            }
        }
        return "only words of a verb group between";
    }

    /** The parts of speech of words {@code from} to before {@code to}, "of" and "'s" as such: what a structure is, without its words. */
    private static String tags(SentenceWords w, int from, int to) {
        List<String> tags = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, w.size()); i++) {
            tags.add(w.lower(i).equals("of") || w.lower(i).equals("'s") ? w.lower(i) : w.tag(i));
        }
        return tags.isEmpty() ? "nothing" : String.join(" ", tags);
    }

    /** What stands in the claim's words in place of the state's wordings. */
    private static String otherWords(SentenceWords w, int from, int to, StateReader.Subject subject) {
        List<String> stateWords = new ArrayList<>();
        for (Milestone m : subject.milestones()) {
            List<String> wordings = new ArrayList<>(m.aliases());
            wordings.add(m.state());
            wordings.forEach(x -> stateWords.addAll(List.of(x.toLowerCase(Locale.ROOT).split(" "))));
        }
        for (int i = from; i <= to; i++) {
            String word = w.lower(i);
            if (!subject.holding().isEmpty() && (!StatesInForce.endingParticles(word).isEmpty() || StatesInForce.begins(word))) {
                return "a verb of its end or beginning, not read";
            }
            for (java.util.Set<String> nouns : subject.acts().values()) {
                if (nouns.contains(word)) {
                    return "a noun of the act, not read";
                }
            }
        }
        for (int i = from; i <= to; i++) {
            String word = w.lower(i);
            if (word.length() > 2 && stateWords.stream().anyMatch(s -> s.length() > 2 && Synonyms.shareASense(s, word))) {
                return "a synonym of a wording (tagged " + w.tag(i) + ")";
            }
        }
        for (int i = from; i <= to; i++) {
            String word = w.lower(i);
            if (word.length() > 2 && stateWords.stream().anyMatch(s -> s.length() > 2 && WordFamily.of(s).contains(word))) {
                return "a word of a wording's family (" + tags(w, i - 1, i + 2) + ")";
            }
            if (word.length() > 2 && stateWords.stream().anyMatch(s -> s.length() > 2 && Antonyms.of(s).stream()
                .anyMatch(a -> WordFamily.of(a).contains(word)))) {
                return "a word of an opposite's family (tagged " + w.tag(i) + ")";
            }
            if (word.equals("without") || word.equals("no")) {
                return "\"" + word + "\" and a noun";
            }
        }
        return "none of its wordings nor their synonyms";
    }

    private static int firstIn(SentenceWords w, Span span) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).span().end() > span.start()) {
                return i;
            }
        }
        return w.size();
    }

    private static int lastIn(SentenceWords w, Span span) {
        for (int i = w.size() - 1; i >= 0; i--) {
            if (w.get(i).span().start() < span.end()) {
                return i;
            }
        }
        return -1;
    }
}
