package io.factaudit.claim;

import io.factaudit.article.Span;

/**
 * What the event-date reader decided for one mention of a sheet event: the claim it read and the
 * way its date was found, or why it read none (no date in the sentence, a date it could not
 * attach, a mention that is not vouched for, ...). The evaluation tells its misses by these
 * reasons without the articles' words.
 *
 * @param words  the mention's words
 * @param event  the sheet's event
 * @param claim  the claim read, or null
 * @param way    how the claim's date was found ("in its clause", "timeline head", ...), or null
 * @param reason why no claim was read, or null when one was
 */
public record DateDecision(Span words, String event, EventDateClaim claim, String way, String reason) {

    public static final String NO_DATE = "no date read";
    public static final String NOT_ATTACHED = "a date read, none attached";
    public static final String SPLIT = "the event's words found apart";
    /** "An inquiry into the closure opened on Tuesday": the date of the verb whose subject holds the mention. */
    public static final String ANOTHER_VERB = "the date of another verb (the mention modifies its subject)";

    /** "The closure will be reviewed on Monday", "the outage continued on Thursday": the date of another act on the event. */
    public static final String ANOTHER_ACT = "the date of another act on the event (its subject)";

    static DateDecision read(Span words, EventDateClaim claim, String way) {
        return new DateDecision(words, claim.event(), claim, way, null);
    }

    static DateDecision setAside(Span words, String event, String reason) {
        return new DateDecision(words, event, null, null, reason);
    }

    public boolean isClaim() {
        return claim != null;
    }
}
