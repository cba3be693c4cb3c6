package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import io.factaudit.language.Document;
import io.factaudit.language.Gap;
import io.factaudit.language.Inflections;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.WordForms;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what articles say of a milestone's subject and state: "North Korean soldiers have already
 * clashed with Ukrainian forces", "they have not entered combat yet", "None of the troops has yet
 * seen combat". The state is found through its wording on the sheet and their inflections
 * ("fought", "are battling", "engaging in combat"), the subject through its spellings and the
 * words that refer back to it ({@link SubjectReferences}). Questions, forecasts, conditions and
 * reports the speaker cannot confirm are not claims ({@link Modality}). A time the sentence gives
 * for the state ("moved into Kursk in late October") goes with the claim. Aspect words say the
 * state's phase ({@link StateAspect}): "are no longer fighting" denies it from then on and says it
 * held before, "resumed fighting" and "are fighting again" affirm it.
 */
public final class StateReader implements ClaimReader {

    /** A word an article may add inside a state's wording: "in active combat", "engaged directly in combat". */
    static final Gap INSIDE_STATE = Gap.of(1, (w, i) -> Lexicon.isModifier(w.get(i)));

    /**
     * A subject's milestones, compiled: their wording indexed, the antonyms of their one-word
     * wordings ("closed" for "reopened"), the subject's wording.
     */
    record Subject(String name, PhraseIndex<Milestone> states, PhraseIndex<Milestone> opposites, PhraseIndex<Milestone> bare,
                           PhraseIndex<Milestone> returns, SubjectWording wording, List<Milestone> holding,
                           List<Milestone> returning, Map<Milestone, java.util.Set<String>> acts, List<Milestone> milestones) {
    }

    private final CompiledFacts<List<Subject>> compiled = new CompiledFacts<>(StateReader::compile);

    @Override
    public List<Claim> read(Document document, Facts facts) {
        if (facts.milestones().isEmpty()) {
            return List.of();
        }
        List<SentenceWords> sentences = document.sentences().stream().map(document::words).toList();
        DateResolver dates = document.dates();
        List<Claim> claims = new ArrayList<>();
        for (Subject subject : compiled.of(facts)) {
            read(document, sentences, dates, subject, claims);
        }
        return claims;
    }

    /** The sheet's subjects with milestones, compiled; {@link StateMisses} reads them too. */
    static List<Subject> compile(Facts facts) {
        Map<String, List<Milestone>> bySubject = new LinkedHashMap<>();
        facts.milestones().forEach(m -> bySubject.computeIfAbsent(m.subject(), k -> new ArrayList<>()).add(m));
        List<Subject> subjects = new ArrayList<>();
        bySubject.forEach((subject, milestones) -> {
            PhraseIndex<Milestone> states = new PhraseIndex<>();
            PhraseIndex<Milestone> opposites = new PhraseIndex<>();
            PhraseIndex<Milestone> bare = new PhraseIndex<>();
            PhraseIndex<Milestone> returns = new PhraseIndex<>();
            for (Milestone m : milestones) {
                StateOpposites.returns(m).forEach(r -> returns.add(m, r));
                StateOpposites.bare(m).forEach(b -> bare.add(m, b));
                states.add(m, m.state());
                m.aliases().forEach(a -> states.add(m, a));
                StateKinWords.of(m).stream().filter(a -> milestones.stream().noneMatch(o -> o != m && StateKinWords.wordings(o).contains(a)))
                    .forEach(a -> states.add(m, a));
                StateOpposites.returnPlacements(m).forEach(r -> states.add(m, r));
                StateOpposites.of(m).forEach(o -> opposites.add(m, o));
            }
            List<String> spellings = facts.name(subject).map(Name::spellings).orElse(List.of(subject));
            boolean person = facts.people().stream().anyMatch(p -> p.name().equals(subject));
            List<Milestone> holding = milestones.stream().filter(m -> StateOfHolding.applies(m, milestones)).toList();
            subjects.add(new Subject(subject, states, opposites, bare, returns, new SubjectWording(spellings, person), holding,
                milestones.stream().filter(StateWithout::applies).toList(), acts(milestones), List.copyOf(milestones)));
        });
        return subjects;
    }

    private static void read(Document document, List<SentenceWords> sentences, DateResolver dates, Subject subject,
                             List<Claim> claims) {
        SubjectReferences references = new SubjectReferences(subject.wording(),
            sentences.stream().anyMatch(w -> subject.wording().names(w)));
        for (int s = 0; s < sentences.size(); s++) {
            SentenceWords w = sentences.get(s);
            List<SubjectReferences.Reference> refs = references.next(s, document.paragraphOf(w.sentence().start()), w);
            if (refs.isEmpty()) {
                continue;
            }
            int before = claims.size();
            if (subject.opposites().mayOccur(w)) {
                StateOppositeReading.read(document, w, dates, subject, refs, claims);
            }
            if (subject.states().mayOccur(w)) {
                readStates(document, w, dates, subject, refs, claims);
            }
            if (claims.size() == before && subject.bare().mayOccur(w)) {
                readBare(document, w, dates, subject.bare(), refs, claims, false);
            }
            if (claims.size() == before && subject.returns().mayOccur(w)) {
                readBare(document, w, dates, subject.returns(), refs, claims, true);
            }
            if (claims.size() == before) {
                // a state of holding told by its end, its beginning or a word that takes it to hold
                subject.holding().forEach(m -> StateOfHolding.read(document, w, dates, m, refs, claims));
            }
            if (claims.size() == before) {
                subject.returning().forEach(m -> StateWithout.read(document, w, dates, m, refs, claims));
            }
            if (claims.size() == before) {
                subject.acts().forEach((m, nouns) -> StateNoun.read(document, w, dates, m, nouns, refs, claims));
            }
            StateRepeats.merge(document, claims, before);
        }
    }

    /** The nouns of the act of each milestone that has some ("closure" for "closed"). */
    private static Map<Milestone, java.util.Set<String>> acts(List<Milestone> milestones) {
        Map<Milestone, java.util.Set<String>> acts = new LinkedHashMap<>();
        milestones.forEach(m -> {
            java.util.Set<String> nouns = StateNoun.nouns(m);
            if (!nouns.isEmpty()) {
                acts.put(m, nouns);
            }
        });
        return acts;
    }

    private static void readStates(Document document, SentenceWords w, DateResolver dates, Subject subject,
                                   List<SubjectReferences.Reference> refs, List<Claim> claims) {
        for (PhraseIndex.Found<Milestone> state : StateClause.find(w, subject.states())) {
            int inside = StateClause.inside(w, state.first(), state.last());
            if (inside < 0) {
                continue;
            }
            StateLink link = StateLink.find(w, refs, state.first(), state.last(),
                inflectsAVerb(w, state.first(), state.last(), state.owner()));
            if (link == null) {
                link = StateAtPlace.find(w, refs, state.first(), state.last());
            }
            if (link == null || !link.modality().assertion().isClaim() || StateClause.underWay(w, state.first())
                || StateClause.underWay(w, state.last()) || StateKinWords.actsOnAnother(w, state, link)
                || StateKinWords.nounOfTheChange(w, state)) {
                continue;
            }
            DateMention time = StateTime.find(w, dates, link);
            Span span = link.span(w, time);
            Milestone m = state.owner();
            boolean negated = link.modality().assertion() == Modality.Assertion.NEGATED ^ deniedByVerb(w, link) ^ inside == 1;
            boolean ended = negated && StateAspect.ended(w, link.subject().last() + 1, link.first(), link.last());
            claims.add(new StateClaim(span, document.textOf(span), m.subject(), m.state(), negated, time, ended));
        }
    }

    /**
     * "The portal is not online", "the schools are still not open": the word of a wording of return
     * without its adverb ({@link StateOpposites#bare}), predicated of the subject, says the state
     * (or, negated, denies it) as its wording would. With {@code returned}, the opposite's verb made
     * with re- ({@link StateOpposites#returns}): "the schools reopened" says "closed" held and holds
     * no more; "have not reopened", that it still holds.
     */
    private static void readBare(Document document, SentenceWords w, DateResolver dates, PhraseIndex<Milestone> index,
                                 List<SubjectReferences.Reference> refs, List<Claim> claims, boolean returned) {
        for (PhraseIndex.Found<Milestone> found : index.find(w, INSIDE_STATE)) {
            if (!returned && !StateOpposites.predicated(w, found.first()) && refs.stream().noneMatch(r ->
                StateSubjectPlacement.complementOrAside(w, r.first(), r.last(), found.first()))) {
                continue; // "the portal, online since Monday," and "kept the portal online" say it too
            }
            StateLink link = StateLink.find(w, refs, found.first(), found.last(), returned);
            if (link == null || !link.modality().assertion().isClaim()) {
                continue;
            }
            DateMention time = StateTime.find(w, dates, link);
            Span span = link.span(w, time);
            Milestone m = found.owner();
            boolean negated = link.modality().assertion() == Modality.Assertion.NEGATED ^ returned;
            boolean ended = returned ? negated
                : negated && StateAspect.ended(w, link.subject().last() + 1, link.first(), link.last());
            claims.add(new StateClaim(span, document.textOf(span), m.subject(), m.state(), negated, time, ended));
        }
    }

    /** "The bridge failed to reopen": a verb of the group denies the state (a negation before it turns it back). */
    private static boolean deniedByVerb(SentenceWords w, StateLink link) {
        for (int i = link.subject().last() + 1; i < link.first(); i++) {
            if (StateVerbGroup.deniesNext(w, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the state's words are one word that inflects a one-word wording of the sheet written
     * as a verb: "backs" or "back" for "backed", "reopens" for "reopened", "shuts" for "shut" (a verb
     * to WordNet, whose past is not spelled -ed).
     */
    private static boolean inflectsAVerb(SentenceWords w, int first, int last, Milestone m) {
        if (first != last) {
            return false;
        }
        List<String> wordings = new ArrayList<>(m.aliases());
        wordings.add(m.state());
        for (String wording : wordings) {
            String lower = wording.strip().toLowerCase(java.util.Locale.ROOT);
            if (lower.indexOf(' ') < 0 && (Lexicon.looksVerbal(lower) || WordForms.isVerb(lower)) && !lower.endsWith("ing")
                && Inflections.stem(lower).equals(w.get(first).stem())) {
                return true;
            }
        }
        return false;
    }
}
