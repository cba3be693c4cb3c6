package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import io.factaudit.text.date.Tense;
import io.factaudit.language.Document;
import io.factaudit.language.Gap;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.language.Words;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Facts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the dates articles give for the sheet's events: the event through its wording and that
 * wording's inflections, whose words may be split by a date or a modifier ("the State Duma voted
 * on Wednesday to ratify", "signed the strategic partnership treaty"), or found object first
 * ({@link ReversedEvent}), as the noun of its act ({@link EventNouns}, {@link EventAnaphors}) or as
 * a verb and a clause naming its object ({@link ObjectClause}), its object named again by a noun of
 * its kind ({@link KindAnaphor}) or by a number standing for it ({@link NumberAsObject}), or by its subject and verb
 * alone before a date that ends the clause ({@link ObjectLeftUnsaid}); then the date its sentence attaches
 * to it ({@link DateAttachment}), a distance from a date of the passage ("two days later"), the
 * head of its timeline line ({@link TimelineEntry}), counted from its live-blog entry's day
 * ({@link LiveBlogDay}).
 * Only dated mentions are claims: "before it can enter into force" is none; one to come is dated
 * forward ("will ratify the accord on Friday" is the coming Friday).
 */
public final class EventDateReader implements ClaimReader {

    private static final int MOST_GAP_WORDS = 4;
    private static final Gap LOOSE = Gap.of(MOST_GAP_WORDS + 3,
        (w, i) -> !w.get(i).isPunctuation() || MentionForms.relative(w, i) || w.lower(i).equals(","));

    /** The events' wordings, compiled: read as written (and as the noun of their act), object first, named again. */
    private record Wordings(PhraseIndex<Event> forward, PhraseIndex<ReversedEvent> reversed, EventAnaphors anaphors,
                            ObjectClause clauses, List<ReversedEvent> objects, Map<Event, Set<String>> plurals,
                            ObjectLeftUnsaid unsaid) {
    }

    private final CompiledFacts<Wordings> compiled = new CompiledFacts<>(EventDateReader::compile);

    private static Wordings compile(Facts facts) {
        PhraseIndex<Event> wordings = new PhraseIndex<>();
        PhraseIndex<ReversedEvent> reversed = new PhraseIndex<>();
        List<ReversedEvent> objects = new ArrayList<>();
        for (Event e : facts.events()) {
            wordings.add(e, e.event());
            EventNouns.withObject(e.event()).forEach(n -> wordings.add(e, n));
            EventNouns.possessive(e.event()).forEach(n -> wordings.add(e, n));
            EventNouns.compound(e.event()).forEach(n -> wordings.add(e, n));
            for (String alias : e.aliases()) {
                wordings.add(e, alias);
                EventNouns.withObject(alias).forEach(n -> wordings.add(e, n));
                EventNouns.possessive(alias).forEach(n -> wordings.add(e, n));
                ReversedEvent r = ReversedEvent.of(e, alias);
                if (r != null) {
                    reversed.add(r, r.object().written());
                    objects.add(r);
                }
            }
        }
        ObjectClause clauses = ObjectClause.of(facts);
        clauses.respelled().forEach(r -> wordings.add(r.event(), r.wording()));
        Map<Event, Set<String>> plurals = new HashMap<>();
        for (Event e : facts.events()) {
            Set<String> words = new HashSet<>();
            Stream.concat(Stream.of(e.event()), e.aliases().stream())
                .forEach(a -> Words.of(a).forEach(word -> words.add(word.lower())));
            plurals.put(e, words);
        }
        return new Wordings(wordings, reversed, EventAnaphors.of(facts), clauses, objects, plurals,
            ObjectLeftUnsaid.of(facts));
    }

    @Override
    public List<Claim> read(Document document, Facts facts) {
        if (facts.events().isEmpty()) {
            return List.of();
        }
        PhraseIndex<Event> wordings = compiled.of(facts).forward();
        PhraseIndex<ReversedEvent> reversed = compiled.of(facts).reversed();
        EventAnaphors anaphors = compiled.of(facts).anaphors();
        ObjectClause clauses = compiled.of(facts).clauses();
        Map<Event, Set<String>> plurals = compiled.of(facts).plurals();
        DateResolver resolver = document.dates();
        List<Claim> claims = new ArrayList<>();
        Set<Event> named = new HashSet<>();
        SentenceWords previous = null;
        for (Span sentence : document.sentences()) {
            SentenceWords w = document.words(sentence);
            SentenceWords before = previous;
            previous = w;
            List<KindAnaphor.Found> kinds = KindAnaphor.find(w, before, compiled.of(facts).objects());
            List<NumberAsObject.Found> numbers = NumberAsObject.find(w, compiled.of(facts).objects());
            List<EventAnaphors.Found> again = anaphors.find(w, named);
            List<PhraseIndex.Found<Event>> loose = wordings.mayOccur(w) ? wordings.find(w, LOOSE) : List.of();
            loose.forEach(f -> named.add(f.owner()));
            List<ObjectClause.Found> told = clauses.find(w);
            told.forEach(f -> named.add(f.event()));
            if (loose.isEmpty() && again.isEmpty() && told.isEmpty() && kinds.isEmpty() && numbers.isEmpty()
                && !compiled.of(facts).unsaid().mayOccur(w)
                && (!reversed.mayOccur(w) || reversed.find(w, LOOSE).stream().noneMatch(f -> f.owner().verbNear(w, f.last()) > 0))) {
                continue; // a first, loose reading: dates are resolved only where an event may stand
            }
            DateResolver entry = entryResolver(document, sentence, resolver);
            List<DateMention> dates = entry.find(document.text(), sentence, earlier(document, sentence));
            DateMention head = TimelineEntry.headOf(document, sentence, entry);
            if (dates.isEmpty() && head == null) {
                continue;
            }
            Gap gap = Gap.of(MOST_GAP_WORDS, (words, i) -> inDate(words, dates, i) || mayStandBetween(words.get(i))
                || MentionForms.relative(words, i)
                || Tense.marksFuture(lowerWords(words, i), 1)
                || Lexicon.PREPOSITIONS.contains(words.lower(i)) && inDate(words, dates, i + 1)
                || i > 0 && words.lower(i).equals(",") && inDate(words, dates, i - 1)); // "a march for Sunday, to the town hall"
            List<int[]> taken = new ArrayList<>();
            for (PhraseIndex.Found<Event> f : wordings.find(w, gap)) {
                if (CountedMention.counted(w, f.first(), f.last(), plurals.get(f.owner()))
                    || MentionForms.capacity(w, f.first(), f.last())) {
                    continue;
                }
                add(document, w, dates, head, f.owner(), f.first(), f.last(), taken, claims);
            }
            for (PhraseIndex.Found<ReversedEvent> f : reversed.find(w, gap)) {
                int verb = f.owner().verbAfter(w, f.last());
                if (verb > 0) {
                    named.add(f.owner().event());
                    add(document, w, dates, head, f.owner().event(), f.first(), verb, taken, claims);
                }
            }
            for (ObjectClause.Found f : told) {
                int that = w.get(f.that()).span().start();
                List<DateMention> verbs = dates.stream().filter(d -> d.span().end() <= that).toList();
                add(document, w, verbs, head, f.event(), f.verb(), f.last(), taken, claims);
            }
            for (KindAnaphor.Found f : kinds) {
                named.add(f.event().event());
                add(document, w, dates, head, f.event().event(), f.noun(), f.verb(), taken, claims);
            }
            for (NumberAsObject.Found f : numbers) {
                named.add(f.event().event());
                add(document, w, dates, head, f.event().event(), f.number(), f.verb(), taken, claims);
            }
            for (EventAnaphors.Found f : again) {
                add(document, w, dates, head, f.event(), f.at(), f.at(), taken, claims);
            }
            for (ObjectLeftUnsaid.Found f : compiled.of(facts).unsaid().find(w, dates)) {
                add(document, w, dates, head, f.event(), f.first(), f.last(), taken, claims);
            }
        }
        return claims;
    }

    private static void add(Document document, SentenceWords w, List<DateMention> dates, DateMention head, Event event,
                            int first, int last, List<int[]> taken, List<Claim> claims) {
        if (taken.stream().anyMatch(t -> t[0] <= last && first <= t[1]) || intoLaw(w, last)) {
            return;
        }
        DateMention date = DateAttachment.find(w, dates, first, last, head);
        Modality.Assertion assertion = MentionForms.objectOfPreposition(w, dates, first, last)
            ? Modality.Assertion.AFFIRMED : Modality.of(w, first, first, first, last).assertion();
        if (date == null || !datable(assertion)
            && !(assertion == Modality.Assertion.CONDITIONAL && LeadingDistance.leads(w, date, first))
            || MentionForms.anotherOccurrence(w, first, last, date, event)) {
            return;
        }
        if (claims.stream().anyMatch(c -> sameDating((EventDateClaim) c, event, date, w))) {
            return; // "shareholders will vote on Friday at an extraordinary general meeting": one dating, two wordings
        }
        taken.add(new int[] {first, last});
        Span words = w.span(first, last);
        Span span = w.sentence().contains(date.span()) ? words.union(date.span()) : words; // a head lines before
        claims.add(new EventDateClaim(span, document.textOf(span), event.event(), date.from(), date.to(), date.relative(),
            document.textOf(date.span())));
    }

    /** The resolver for a live blog's entry written on another day than the article's ({@link LiveBlogDay}). */
    private static DateResolver entryResolver(Document document, Span sentence, DateResolver article) {
        LocalDate day = document.article().published() == null ? null : LiveBlogDay.of(document, sentence, article);
        return day == null || day.equals(document.article().published()) ? article
            : document.dates(day);
    }

    /** Whether a claim already in the sentence dates the same event with the same date's words. */
    private static boolean sameDating(EventDateClaim claim, Event event, DateMention date, SentenceWords w) {
        return claim.event().equals(event.event()) && w.sentence().contains(claim.span())
            && claim.span().contains(date.span());
    }

    /**
     * The sentences before this one in its passage, in text order: the rest of its paragraph and
     * the paragraph before, where "two days later" finds the date it counts from.
     */
    private static List<Span> earlier(Document document, Span sentence) {
        List<Span> sentences = document.sentences();
        int i = document.sentenceIndex(sentence.start());
        Span paragraph = document.paragraphOf(sentence.start());
        Span previous = paragraph.start() > 0 ? document.paragraphOf(paragraph.start() - 1) : null;
        List<Span> out = new ArrayList<>();
        for (int j = i - 1; j >= 0; j--) {
            Span s = sentences.get(j);
            if (!paragraph.contains(s) && (previous == null || !previous.contains(s))) {
                break;
            }
            out.add(0, s);
        }
        return out;
    }

    /**
     * Said as a fact or as what is to come: "will visit on Wednesday", "is set to visit on
     * Wednesday" date the event forward (FACT-SHEETS.md 1.1); a denial, a question, a condition or
     * a report not vouched for dates nothing.
     */
    private static boolean datable(Modality.Assertion assertion) {
        return assertion == Modality.Assertion.AFFIRMED || assertion == Modality.Assertion.FORECAST;
    }

    /**
     * A word that may split an event's wording: a modifier, a name, a number, an auxiliary ("the
     * Duma has ratified", "signed the strategic partnership treaty"); not a verb ("signed the law
     * ratifying the treaty"), a modal ("will ratify"), a preposition or a conjunction.
     */
    private static boolean mayStandBetween(Word word) {
        return !word.isPunctuation()
            && (Lexicon.isNameLike(word) || Lexicon.AUXILIARIES.contains(word.lower()) || Lexicon.isModifier(word));
    }

    /** "signed the treaty into law" enacts a ratification; it is not the signing of the treaty. */
    private static boolean intoLaw(SentenceWords w, int last) {
        return w.lower(last + 1).equals("into") && w.lower(last + 2).equals("law");
    }

    /** The word at {@code i} with its neighbours, lower case: what {@link Tense#marksFuture} looks at. */
    private static List<String> lowerWords(SentenceWords w, int i) {
        return List.of(i > 0 ? w.lower(i - 1) : "", w.lower(i), i + 1 < w.size() ? w.lower(i + 1) : "");
    }

    static boolean inDate(SentenceWords w, List<DateMention> dates, int i) {
        if (i >= w.size()) {
            return false;
        }
        Span word = w.get(i).span();
        return dates.stream().anyMatch(d -> d.span().contains(word));
    }
}
