package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.sheet.Event;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.Direction;
import io.factaudit.text.date.Tense;
import io.factaudit.lexicon.ClosedClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates one sentence's mentions of the sheet's events, each once: the date its sentence attaches
 * to the mention ({@link DateAttachment}) when the mention is said as a fact or as what is to come,
 * and otherwise the reason it dates nothing, kept as a {@link DateDecision}.
 */
final class EventDating {

    private final Document document;
    private final SentenceWords w;
    private final List<DateMention> dates;
    private final DateMention head;
    private final boolean entryDay;
    private final List<int[]> taken;
    private final List<DateDecision> decisions;

    /**
     * @param head     the date heading the sentence's timeline line, or null
     * @param entryDay whether the dates were read from a live-blog entry's own day
     * @param decisions where the decisions go, in text order
     */
    EventDating(Document document, SentenceWords w, List<DateMention> dates, DateMention head, boolean entryDay,
                List<DateDecision> decisions) {
        this(document, w, dates, head, entryDay, new ArrayList<>(), decisions);
    }

    private EventDating(Document document, SentenceWords w, List<DateMention> dates, DateMention head, boolean entryDay,
                        List<int[]> taken, List<DateDecision> decisions) {
        this.taken = taken;
        this.document = document;
        this.w = w;
        this.dates = dates;
        this.head = head;
        this.entryDay = entryDay;
        this.decisions = decisions;
    }

    /** The same sentence's dating with only some of its dates ("announced on Monday that ...": the dates before "that"). */
    EventDating withDates(List<DateMention> some) {
        return new EventDating(document, w, some, head, entryDay, taken, decisions);
    }

    /** Dates the mention of {@code event} in words {@code first} through {@code last}, unless words of it are dated already. */
    void add(Event event, int first, int last) {
        if (taken.stream().anyMatch(t -> t[0] <= last && first <= t[1])) {
            return;
        }
        Span words = w.span(first, last);
        if (intoLaw(last)) {
            decisions.add(DateDecision.setAside(words, event.event(), "enacted into law"));
            return;
        }
        DateMention date = DateAttachment.find(w, dates, first, last, head);
        if (date == null) {
            decisions.add(DateDecision.setAside(words, event.event(),
                DateDecision.NOT_ATTACHED + " (" + DateAttachment.whyNot(w, dates, first, last) + ")"));
            return;
        }
        Modality.Assertion assertion = MentionForms.objectOfPreposition(w, dates, first, last)
            ? Modality.Assertion.AFFIRMED : Modality.of(w, first, first, first, last).assertion();
        if (!datable(assertion) && !(assertion == Modality.Assertion.CONDITIONAL && LeadingDistance.leads(w, date, first))) {
            decisions.add(DateDecision.setAside(words, event.event(), "not vouched (" + assertion.name().toLowerCase() + ")"));
            return;
        }
        if (MentionForms.verbOfItsHolder(w, dates, first, last, date)) {
            decisions.add(DateDecision.setAside(words, event.event(), DateDecision.ANOTHER_VERB));
            return;
        }
        if (ActOnTheEvent.dates(w, dates, first, last, date, event)) {
            decisions.add(DateDecision.setAside(words, event.event(), DateDecision.ANOTHER_ACT));
            return;
        }
        if (MentionForms.anotherOccurrence(w, first, last, date, event)) {
            decisions.add(DateDecision.setAside(words, event.event(), "another occurrence"));
            return;
        }
        if (toComeAgainAfterItHappened(date, event)) {
            decisions.add(DateDecision.setAside(words, event.event(), "another occurrence, to come"));
            return;
        }
        if (decisions.stream().anyMatch(d -> d.isClaim() && sameDating(d.claim(), event, date))) {
            return; // "members will vote on Friday at a special meeting of the guild": one dating, two wordings
        }
        taken.add(new int[] {first, last});
        Span span = w.sentence().contains(date.span()) ? words.union(date.span()) : words; // a head lines before
        EventDateClaim claim = new EventDateClaim(span, document.textOf(span), event.event(), date.from(), date.to(),
            date.relative(), document.textOf(date.span()));
        decisions.add(DateDecision.read(words, claim, way(first, last, date)));
    }

    /** A mention found but not dated because its sentence gives no date ({@link DateDecision#NO_DATE}) or its words stand apart. */
    void undated(Event event, int first, int last, String reason) {
        decisions.add(DateDecision.setAside(w.span(first, last), event.event(), reason));
    }

    /**
     * How the date was found, without its words: where it stood (its sentence, a "when" clause or
     * an occasion, a timeline's head), which way its clause pointed, and whether it was a day or a span.
     */
    private String way(int first, int last, DateMention date) {
        String where = date == head && DateAttachment.find(w, dates, first, last) != date ? "timeline head"
            : DateAttachment.find(w, dates, first, last) == date ? "its sentence" : "a when clause or occasion";
        String day = !date.resolved() ? "unresolved" : date.from().equals(date.to()) ? "a day" : "a span";
        String cue = w.sentence().contains(date.span()) ? " (" + cue(date).cue() + ")" : "";
        return where + (entryDay ? " on its entry's day" : "") + ", " + (date.relative() ? "relative " : "")
            + day + (date.direction() == Direction.FUTURE ? " forward" : " back") + cue;
    }

    /**
     * A mention told as to come and said to happen again ("will cut power again on Friday") when the
     * sheet's event had happened before the article was written: another occurrence of the act, not
     * the one the sheet dates. Without a word of repetition a mention to come of an event already past
     * is the article's claim, to be judged (it may be the article's error).
     */
    private boolean toComeAgainAfterItHappened(DateMention date, Event event) {
        LocalDate published = document.article().published();
        return date.direction() == Direction.FUTURE && date.resolved() && event.date() != null && published != null
            && event.date().isBefore(published) && date.from().isAfter(published) && w.sentence().contains(date.span())
            && !cue(date).cue().equals(Tense.PRESENT_VERB) && saysAgain();
    }

    private boolean saysAgain() {
        for (int i = 0; i < w.size(); i++) {
            if (ClosedClass.REPETITION.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** What told the direction of a date of the sentence. */
    private Tense.Reading cue(DateMention date) {
        Span sentence = w.sentence();
        return Tense.reading(document.textOf(sentence),
            new Span(date.span().start() - sentence.start(), date.span().end() - sentence.start()));
    }

    /** Whether a claim already in the sentence dates the same event with the same date's words. */
    private boolean sameDating(EventDateClaim claim, Event event, DateMention date) {
        return claim.event().equals(event.event()) && w.sentence().contains(claim.span())
            && claim.span().contains(date.span());
    }

    /**
     * Said as a fact or as what is to come: "will visit on Wednesday", "is set to visit on
     * Wednesday" date the event forward (FACT-SHEETS.md 1.1); a denial, a question, a condition or
     * a report not vouched for dates nothing.
     */
    private static boolean datable(Modality.Assertion assertion) {
        return assertion == Modality.Assertion.AFFIRMED || assertion == Modality.Assertion.FORECAST;
    }

    /** "signed the treaty into law" enacts a ratification; it is not the signing of the treaty. */
    private boolean intoLaw(int last) {
        return w.lower(last + 1).equals("into") && w.lower(last + 2).equals("law");
    }
}
