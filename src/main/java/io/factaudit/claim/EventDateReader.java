package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import io.factaudit.text.date.Tense;
import io.factaudit.language.Document;
import io.factaudit.language.Gap;
import io.factaudit.language.Lexicon;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Facts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private final CompiledFacts<EventWordings> compiled = new CompiledFacts<>(EventWordings::of);

    @Override
    public List<Claim> read(Document document, Facts facts) {
        return decisions(document, facts).stream().filter(DateDecision::isClaim).map(d -> (Claim) d.claim()).toList();
    }

    /** Every mention of the sheet's events the reader dated, or found and left undated with its reason. */
    public List<DateDecision> decisions(Document document, Facts facts) {
        if (facts.events().isEmpty()) {
            return List.of();
        }
        EventWordings compiled = this.compiled.of(facts);
        PhraseIndex<Event> wordings = compiled.forward();
        PhraseIndex<ReversedEvent> reversed = compiled.reversed();
        DateResolver resolver = document.dates();
        List<DateDecision> decisions = new ArrayList<>();
        Set<Event> named = new HashSet<>();
        SentenceWords previous = null;
        for (Span sentence : document.sentences()) {
            SentenceWords w = document.words(sentence);
            SentenceWords before = previous;
            previous = w;
            List<KindAnaphor.Found> kinds = KindAnaphor.find(w, before, compiled.objects());
            List<NumberAsObject.Found> numbers = NumberAsObject.find(w, compiled.objects());
            List<EventAnaphors.Found> again = compiled.anaphors().find(w, named);
            List<PhraseIndex.Found<Event>> loose = wordings.mayOccur(w) ? looseFind(wordings, w) : List.of();
            loose.forEach(f -> named.add(f.owner()));
            List<ObjectClause.Found> told = compiled.clauses().find(w);
            told.forEach(f -> named.add(f.event()));
            if (loose.isEmpty() && again.isEmpty() && told.isEmpty() && kinds.isEmpty() && numbers.isEmpty()
                && !compiled.unsaid().mayOccur(w)
                && (!reversed.mayOccur(w) || reversed.find(w, LOOSE).stream().noneMatch(f -> f.owner().verbNear(w, f.last()) > 0))) {
                continue; // a first, loose reading: dates are resolved only where an event may stand
            }
            DateResolver entry = entryResolver(document, sentence, resolver);
            List<DateMention> dates = entry.find(document.text(), sentence, earlier(document, sentence));
            DateMention head = TimelineEntry.headOf(document, sentence, entry);
            EventDating dating = new EventDating(document, w, dates, head, entry != resolver, decisions);
            if (dates.isEmpty() && head == null) {
                loose.forEach(f -> dating.undated(f.owner(), f.first(), f.last(), DateDecision.NO_DATE));
                again.forEach(f -> dating.undated(f.event(), f.at(), f.at(), DateDecision.NO_DATE));
                continue;
            }
            int start = decisions.size();
            read(w, dates, compiled, named, told, kinds, numbers, again, dating);
            List<DateDecision> found = List.copyOf(decisions.subList(start, decisions.size()));
            for (PhraseIndex.Found<Event> f : loose) {
                Span words = w.span(f.first(), f.last());
                if (found.stream().noneMatch(d -> d.words().overlaps(words))) {
                    dating.undated(f.owner(), f.first(), f.last(), DateDecision.SPLIT);
                }
            }
        }
        return decisions;
    }

    /** Dates the sentence's mentions of the events in each of the forms the wordings read. */
    private static void read(SentenceWords w, List<DateMention> dates, EventWordings compiled, Set<Event> named,
                             List<ObjectClause.Found> told, List<KindAnaphor.Found> kinds,
                             List<NumberAsObject.Found> numbers, List<EventAnaphors.Found> again, EventDating dating) {
        Gap gap = Gap.of(MOST_GAP_WORDS, (words, i) -> inDate(words, dates, i) || mayStandBetween(words.get(i))
            || MentionForms.relative(words, i)
            || Tense.marksFuture(lowerWords(words, i), 1)
            || Lexicon.PREPOSITIONS.contains(words.lower(i)) && inDate(words, dates, i + 1)
            || i > 0 && words.lower(i).equals(",") && inDate(words, dates, i - 1)); // "a march for Sunday, to the town hall"
        for (PhraseIndex.Found<Event> f : compiled.forward().find(w, gap)) {
            if (!CountedMention.counted(w, f.first(), f.last(), compiled.written(f))
                && !MentionForms.capacity(w, f.first(), f.last())) {
                dating.add(f.owner(), f.first(), f.last());
            }
        }
        for (PhraseIndex.Found<Event> f : compiled.forward().find(w, PostModifier.GAP)) {
            // "Ferries from Osk, which carry 900 commuters, halted": a count inside the modifier is not the event's
            if (!CountedMention.counted(w, f.first(), f.first(), compiled.written(f))
                && !MentionForms.capacity(w, f.first(), f.last())) {
                dating.add(f.owner(), f.first(), f.last());
            }
        }
        for (PhraseIndex.Found<ReversedEvent> f : compiled.reversed().find(w, gap)) {
            int verb = f.owner().verbAfter(w, f.last());
            if (verb > 0) {
                named.add(f.owner().event());
                dating.add(f.owner().event(), f.first(), verb);
            }
        }
        for (ObjectClause.Found f : told) {
            int that = w.get(f.that()).span().start();
            List<DateMention> verbs = dates.stream().filter(d -> d.span().end() <= that).toList();
            dating.withDates(verbs).add(f.event(), f.verb(), f.last());
        }
        for (KindAnaphor.Found f : kinds) {
            named.add(f.event().event());
            dating.add(f.event().event(), f.noun(), f.verb());
        }
        for (NumberAsObject.Found f : numbers) {
            named.add(f.event().event());
            dating.add(f.event().event(), f.number(), f.verb());
        }
        for (EventAnaphors.Found f : again) {
            dating.add(f.event(), f.at(), f.at());
        }
        for (ObjectLeftUnsaid.Found f : compiled.unsaid().find(w, dates)) {
            dating.add(f.event(), f.first(), f.last());
        }
    }

    /** The wordings found loosely, and those whose words a noun's post-modifier splits ({@link PostModifier}). */
    private static List<PhraseIndex.Found<Event>> looseFind(PhraseIndex<Event> wordings, SentenceWords w) {
        List<PhraseIndex.Found<Event>> found = new ArrayList<>(wordings.find(w, LOOSE));
        for (PhraseIndex.Found<Event> f : wordings.find(w, PostModifier.GAP)) {
            if (found.stream().noneMatch(g -> g.first() <= f.last() && f.first() <= g.last())) {
                found.add(f);
            }
        }
        return found;
    }

    /** The resolver for a live blog's entry written on another day than the article's ({@link LiveBlogDay}). */
    private static DateResolver entryResolver(Document document, Span sentence, DateResolver article) {
        LocalDate day = document.article().published() == null ? null : LiveBlogDay.of(document, sentence, article);
        return day == null || day.equals(document.article().published()) ? article
            : document.dates(day);
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
     * A word that may split an event's wording: a modifier, a name, a number, an auxiliary ("the
     * Duma has ratified", "signed the strategic partnership treaty"); not a verb ("signed the law
     * ratifying the treaty"), a modal ("will ratify"), a preposition or a conjunction.
     */
    private static boolean mayStandBetween(Word word) {
        return !word.isPunctuation()
            && (Lexicon.isNameLike(word) || Lexicon.AUXILIARIES.contains(word.lower()) || Lexicon.isModifier(word));
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
