package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The attribution in one window of text beside a quotation, for {@link Speakers}: after a quote
 * the subject of the first verb of saying or the name right after it ("…,” Ilse Marrow said",
 * "…,” said Ilse Marrow"), before it the subject of the last verb or the name after it, or the
 * name before a colon. A stand-in ("she", "the minister") resolves to the passage's speaker.
 * Speakers decides which windows to ask, in what order.
 */
final class AttributionReader {

    private static final int NEAR_VERB_CHARS = 40;

    private final String text;
    private final MentionIndex mentions;
    private final PassageSpeaker passage;

    AttributionReader(String text, MentionIndex mentions, PassageSpeaker passage) {
        this.text = text;
        this.mentions = mentions;
        this.passage = passage;
    }

    /**
     * An attribution, when there is one, and the person it names: none where someone unnamed is
     * the subject ("…,” a senior official said).
     */
    record Attribution(boolean present, Optional<PersonMention> speaker) {

        static final Attribution NONE = new Attribution(false, Optional.empty());

        static Attribution to(Optional<PersonMention> speaker) {
            return new Attribution(true, speaker);
        }
    }

    /**
     * "…,” he said" / "…,” X, who met Y, told reporters" / "…,” said X": the subject that opens the
     * clause of the first speech verb, else the name right after the verb.
     */
    Attribution after(Span window) {
        String words = text.substring(window.start(), window.end());
        List<Span> verbs = SpeechVerbs.findNextToQuote(words);
        if (verbs.isEmpty() || verbs.get(0).start() > NEAR_VERB_CHARS) {
            return Attribution.NONE;
        }
        int verbAt = window.start() + verbs.get(0).start();
        int verbEnd = window.start() + verbs.get(0).end();
        List<Candidate> candidates = candidates(window);
        for (Candidate c : candidates) {
            if (c.span.end() <= verbAt && AttributionWords.isSubject(text, c.span)) {
                return AttributionWords.onlyTitleWords(text, window.start(), c.span.start()) ? Attribution.to(resolve(c))
                    : Attribution.to(Optional.empty());
            }
        }
        if (!AttributionWords.onlyTitleWords(text, window.start(), verbAt)) {
            return Attribution.to(Optional.empty());
        }
        for (Candidate c : candidates) {
            if (c.span.start() >= verbEnd) {
                return Attribution.to(AttributionWords.onlyTitleWords(text, verbEnd, c.span.start()) ? resolve(c) : Optional.empty());
            }
        }
        return Attribution.to(Optional.empty());
    }

    /** "X said:", "X, the secretary, said on a visit:", "according to X,", "UN chief X, after a visit: “…”". */
    Optional<PersonMention> before(Span window) {
        String words = text.substring(window.start(), window.end());
        List<Span> verbs = new ArrayList<>(SpeechVerbs.find(words));
        List<Candidate> candidates = candidates(window);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // "X stressed on Tuesday that “…”": a verb of saying of the lexicon whose clause runs up to the quote
        List<Span> near = SpeechVerbs.findNextToQuote(words);
        if (!near.isEmpty()) {
            Span last = near.get(near.size() - 1);
            if (words.length() - last.end() <= NEAR_VERB_CHARS && (verbs.isEmpty() || verbs.get(verbs.size() - 1).start() < last.start())) {
                verbs.add(last);
            }
        }
        if (verbs.isEmpty()) {
            // no verb: only a colon introduces the quote ("X, after visiting the border: “…”")
            return words.stripTrailing().endsWith(":") ? resolve(candidates.get(candidates.size() - 1)) : Optional.empty();
        }
        Span verb = verbs.get(verbs.size() - 1);
        int verbAt = window.start() + verb.start();
        if (!SpeechVerbs.speakerFollows(words, verb)) {
            for (int i = candidates.size() - 1; i >= 0; i--) {
                Candidate c = candidates.get(i);
                if (c.span.end() <= verbAt && AttributionWords.isSubject(text, c.span)) {
                    return resolve(c);
                }
            }
        }
        for (Candidate c : candidates) {
            if (c.span.start() >= verbAt) {
                return resolve(c);
            }
        }
        return Optional.empty();
    }

    private record Candidate(Span span, PersonMention named) {
    }

    /** Named people and stand-ins ("he", "the secretary") in a window, in order. */
    private List<Candidate> candidates(Span window) {
        List<Candidate> found = new ArrayList<>();
        for (PersonMention m : mentions.within(window)) {
            found.add(new Candidate(m.span(), m));
        }
        Matcher standIn = passage.standIns(window);
        while (standIn.find()) {
            Span s = new Span(standIn.start(), standIn.end());
            // "the governor's spokesman": the owner of the speaker is not the speaker;
            // "the minister Kim" names Kim: the stand-in is a title of the name that follows
            if (found.stream().noneMatch(c -> c.span.overlaps(s)) && !mentions.startsBetween(s.end(), s.end() + 1)
                && !passage.possessive(s)) {
                found.add(new Candidate(s, null));
            }
        }
        found.sort((a, b) -> a.span.compareTo(b.span));
        return found;
    }

    private Optional<PersonMention> resolve(Candidate c) {
        return c.named != null ? Optional.of(c.named) : passage.of(c.span);
    }

}
