package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a text says spoke a quotation. The attribution is looked for between the quotation's pieces
 * ("…,” he warned. “…”), then right after it ("…,” said X / X said / he told reporters), then
 * before it in its sentence ("X said:", "according to X,", "X, the defense secretary, said on a visit:",
 * "X noted during his visit to Fiji, “…”"). A pronoun ("he", "she") or a title with "the" ("the
 * secretary") stands for the passage's speaker ({@link PassageSpeaker}). The names are looked up
 * by offset ({@link MentionIndex}), so a long article costs what its length does.
 */
public final class Speakers {

    /** How far an attribution after a quote reaches: to the end of its sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|[\"\u201c\u201d]");

    private final String text;
    private final Document document;
    private final MentionIndex mentions;
    private final PassageSpeaker passage;
    private final AttributionReader attributions;
    private final Map<Quotation, Optional<PersonMention>> found = new HashMap<>();

    /**
     * @param mentions   every person named in the text, in order
     * @param quotations every quotation in the text, in order: names inside them are not speakers
     */
    public Speakers(Document document, List<PersonMention> mentions, List<Quotation> quotations) {
        this(document, mentions, quotations, (person, noun) -> false, List.of());
    }

    /**
     * @param holds whether the sheet gives a person (by name) a title headed by a noun ("minister"):
     *              "the minister" stands for such a person named before it, where one is
     * @param heads the heads of the sheet's titles: "the" and one of them stands for a person
     */
    public Speakers(Document document, List<PersonMention> mentions, List<Quotation> quotations,
                    java.util.function.BiPredicate<String, String> holds, java.util.Collection<String> heads) {
        this.document = document;
        this.text = document.text();
        this.mentions = new MentionIndex(mentions, quotations);
        this.passage = new PassageSpeaker(text, this.mentions, holds, heads);
        this.attributions = new AttributionReader(text, this.mentions, passage);
    }

    /**
     * The speaker of a quotation, when the text names one. A quotation with no attribution of its
     * own goes on from the one before it ("…,” she said, adding: “…”; “…,” she said. “…”) and keeps
     * its speaker, unless someone else is named between them.
     */
    public Optional<PersonMention> of(Quotation quotation) {
        Optional<PersonMention> known = found.get(quotation);
        if (known == null) {
            known = attributed(quotation).or(() -> continued(quotation)).or(() -> reopened(quotation));
            found.put(quotation, known);
        }
        return known;
    }

    private Optional<PersonMention> attributed(Quotation quotation) {
        int sentenceStart = Math.min(document.sentenceOf(quotation.outer().start()).start(), quotation.outer().start());
        int paragraphEnd = document.paragraphOf(quotation.outer().start()).end();
        return of(quotation, sentenceStart, paragraphEnd);
    }

    /**
     * A quote left open at the end of its paragraph goes on in the next paragraph, which opens with a
     * quote mark again (the convention for speech over several paragraphs): its speaker is the one the
     * following paragraph's quotation names.
     */
    private Optional<PersonMention> reopened(Quotation quotation) {
        Span paragraph = document.paragraphOf(quotation.outer().start());
        Span last = quotation.marked().get(quotation.marked().size() - 1);
        if (last.end() < paragraph.end() || isClosingMark(text.charAt(last.end() - 1))) {
            return Optional.empty();
        }
        Optional<Quotation> next = mentions.next(quotation);
        if (next.isEmpty() || !text.substring(paragraph.end(), next.get().outer().start()).isBlank()) {
            return Optional.empty();
        }
        return attributed(next.get()).or(() -> reopened(next.get())).map(m -> new PersonMention(quotation.outer(), m.person()));
    }

    private static boolean isClosingMark(char c) {
        return c == '"' || c == '\u201d' || c == '\u00bb' || c == '\u2019' || c == '\'';
    }

    /** The speaker of the quotation before, in this paragraph or the one before, when nobody else is named between. */
    private Optional<PersonMention> continued(Quotation quotation) {
        Optional<Quotation> before = mentions.previous(quotation);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Quotation previous = before.get();
        Span paragraph = document.paragraphOf(quotation.outer().start());
        Span previousParagraph = document.paragraphOf(previous.outer().start());
        boolean near = previousParagraph.equals(paragraph)
            || text.substring(previousParagraph.end(), paragraph.start()).isBlank()
            && paragraph.start() == quotation.outer().start();
        if (!near) {
            return Optional.empty();
        }
        Optional<PersonMention> speaker = of(previous);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        String person = speaker.get().person();
        Span between = new Span(previous.outer().end(), quotation.outer().start());
        boolean other = mentions.anyWithin(between, m -> !m.person().equals(person));
        return other ? Optional.empty() : Optional.of(new PersonMention(quotation.outer(), person));
    }

    /**
     * The speaker of a quotation named by its own attribution.
     *
     * @param sentenceStart where the sentence holding the quotation's first quote mark starts
     * @param paragraphEnd  where the quotation's paragraph ends
     */
    Optional<PersonMention> of(Quotation quotation, int sentenceStart, int paragraphEnd) {
        for (Span gap : quotation.gaps()) {
            AttributionReader.Attribution found = attributions.after(gap);
            if (found.present()) {
                return found.speaker();
            }
        }
        Span after = after(quotation, paragraphEnd);
        Optional<PersonMention> signed = signed(quotation, paragraphEnd);
        if (signed.isPresent()) {
            return signed;
        }
        if (!endsSentence(quotation, after)) {
            AttributionReader.Attribution found = attributions.after(after);
            if (found.present()) {
                return found.speaker();
            }
        }
        int start = Math.max(sentenceStart, mentions.previousQuotationEnd(quotation));
        return start < quotation.outer().start() ? attributions.before(new Span(start, quotation.outer().start()))
            : Optional.empty();
    }

    /** A dash right after a quote's closing mark, as a pull quote or a caption signs it. */
    private static final Pattern SIGNATURE = Pattern.compile("^\\s*[\u2014\u2013]\\s*");

    /** "“…” — Ilse Marrow, chief executive": a quote signed with a dash and the name right after it. */
    private Optional<PersonMention> signed(Quotation quotation, int paragraphEnd) {
        int from = quotation.outer().end();
        Matcher dash = SIGNATURE.matcher(text).region(from, paragraphEnd);
        if (!dash.lookingAt()) {
            return Optional.empty();
        }
        int name = dash.end();
        return mentions.within(new Span(name, paragraphEnd)).stream()
            .filter(m -> m.span().start() == name && !passage.possessive(m.span())).findFirst();
    }

    /** "…targets.” Austin said the troops…" starts a new sentence; "…targets,” he said" does not. */
    private boolean endsSentence(Quotation quotation, Span after) {
        Span last = quotation.pieces().get(quotation.pieces().size() - 1);
        if (last.length() == 0 || text.charAt(last.end() - 1) != '.') {
            return false;
        }
        String next = text.substring(after.start(), after.end()).strip();
        return next.isEmpty() || !Character.isLowerCase(next.charAt(0));
    }

    private Span after(Quotation quotation, int paragraphEnd) {
        int from = quotation.outer().end();
        Matcher end = SENTENCE_END.matcher(text).region(from, paragraphEnd);
        int to = paragraphEnd;
        while (end.find()) {
            if (text.charAt(end.start()) != '.' || !PassageSpeaker.abbreviationBefore(text, end.start())) {
                to = end.start() + (text.charAt(end.start()) == '.' ? 1 : 0);
                break;
            }
        }
        return new Span(from, Math.max(from, to));
    }
}
