package io.factaudit.language;

import io.factaudit.article.Span;
import io.factaudit.lexicon.TitleAbbreviations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a text says spoke a quotation. The attribution is looked for between the quotation's pieces
 * ("…,” he warned. “…”), then right after it ("…,” said X / X said / he told reporters), then
 * before it in its sentence ("X said:", "according to X,", "X, the defense secretary, said on a visit:",
 * "X noted during his visit to Fiji, “…”"). A pronoun ("he", "she") or a title with "the" ("the
 * secretary") stands for the last person named before it outside quotations.
 */
public final class Speakers {

    /** Pronouns and titles with "the" that stand for the last person named. */
    private static final Pattern STAND_INS = Pattern.compile(
        "\\b(?:[Hh]e|[Ss]he|[Tt]he (?:" + "secretary|minister|president|spokesman|spokeswoman|spokesperson|chief|"
            + "head|director|leader|general|ambassador|envoy|commander|chairman|chairwoman|adviser|advisor|official|"
            + "premier|chancellor|governor|mayor|diplomat|coordinator" + "))\\b");
    /** How far an attribution after a quote reaches: to the end of its sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|[\"\u201c\u201d]");
    private static final int NEAR_VERB_CHARS = 40;
    /** Abbreviations in names other than titles' ({@link TitleAbbreviations}): "St.", "Jr.", "Sr.". */
    private static final Set<String> NAME_ABBREVIATIONS = Set.of("st", "jr", "sr");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The last word (and the one before it) before a place: "according to" puts its source after it. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:(\\p{L}+)\\s+)?(\\p{L}+)\\W*$");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "of", "and");
    /** Words after which a name is not the subject of the sentence. */
    private static final Set<String> NOT_BEFORE_SUBJECT = Set.of("echoing", "citing", "quoting",
        "about", "with", "to", "by", "for", "of", "from", "after", "like", "than", "on", "at", "against", "and", "unlike",
        "before", "beside", "alongside", "told", "asked", "urged", "warned", "met", "called", "thanked", "criticised",
        "criticized", "praised", "joined", "followed", "answered", "contradicted");

    private final String text;
    private final Document document;
    private final List<PersonMention> mentions;
    private final List<Quotation> quotations;
    private final java.util.Map<Quotation, Optional<PersonMention>> found = new java.util.HashMap<>();

    /**
     * @param mentions   every person named in the text, in order
     * @param quotations every quotation in the text, in order: names inside them are not speakers
     */
    public Speakers(Document document, List<PersonMention> mentions, List<Quotation> quotations) {
        this.document = document;
        this.text = document.text();
        this.mentions = mentions.stream().filter(m -> !quoted(m.span(), quotations)).toList();
        this.quotations = quotations;
    }

    /**
     * The speaker of a quotation, when the text names one. A quotation with no attribution of its
     * own goes on from the one before it ("…,” she said, adding: “…”; “…,” she said. “…”) and keeps
     * its speaker, unless someone else is named between them.
     */
    public Optional<PersonMention> of(Quotation quotation) {
        Optional<PersonMention> known = found.get(quotation);
        if (known == null) {
            known = attributed(quotation).or(() -> continued(quotation));
            found.put(quotation, known);
        }
        return known;
    }

    private Optional<PersonMention> attributed(Quotation quotation) {
        int sentenceStart = Math.min(document.sentenceOf(quotation.outer().start()).start(), quotation.outer().start());
        int paragraphEnd = document.paragraphOf(quotation.outer().start()).end();
        return of(quotation, sentenceStart, paragraphEnd);
    }

    /** The speaker of the quotation before, in this paragraph or the one before, when nobody else is named between. */
    private Optional<PersonMention> continued(Quotation quotation) {
        int index = quotations.indexOf(quotation);
        if (index <= 0) {
            return Optional.empty();
        }
        Quotation previous = quotations.get(index - 1);
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
        boolean other = mentions.stream().anyMatch(m -> between.contains(m.span()) && !m.person().equals(person));
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
            Attribution found = attributionAfter(gap);
            if (found.present()) {
                return found.speaker();
            }
        }
        Span after = after(quotation, paragraphEnd);
        if (!endsSentence(quotation, after)) {
            Attribution found = attributionAfter(after);
            if (found.present()) {
                return found.speaker();
            }
        }
        int start = Math.max(sentenceStart, previousQuotationEnd(quotation));
        return start < quotation.outer().start() ? attributionBefore(new Span(start, quotation.outer().start()))
            : Optional.empty();
    }

    /**
     * An attribution, when there is one, and the person it names: none where someone unnamed is
     * the subject ("…,” a senior official said).
     */
    private record Attribution(boolean present, Optional<PersonMention> speaker) {

        static final Attribution NONE = new Attribution(false, Optional.empty());

        static Attribution to(Optional<PersonMention> speaker) {
            return new Attribution(true, speaker);
        }
    }

    /**
     * "…,” he said" / "…,” X, who met Y, told reporters" / "…,” said X": the subject that opens the
     * clause of the first speech verb, else the name right after the verb.
     */
    private Attribution attributionAfter(Span window) {
        String words = text.substring(window.start(), window.end());
        List<Span> verbs = SpeechVerbs.findNextToQuote(words);
        if (verbs.isEmpty() || verbs.get(0).start() > NEAR_VERB_CHARS) {
            return Attribution.NONE;
        }
        int verbAt = window.start() + verbs.get(0).start();
        int verbEnd = window.start() + verbs.get(0).end();
        List<Candidate> candidates = candidates(window);
        for (Candidate c : candidates) {
            if (c.span.end() <= verbAt && isSubject(c.span)) {
                return onlyTitleWords(window.start(), c.span.start()) ? Attribution.to(resolve(c))
                    : Attribution.to(Optional.empty());
            }
        }
        if (!onlyTitleWords(window.start(), verbAt)) {
            return Attribution.to(Optional.empty());
        }
        for (Candidate c : candidates) {
            if (c.span.start() >= verbEnd) {
                return Attribution.to(onlyTitleWords(verbEnd, c.span.start()) ? resolve(c) : Optional.empty());
            }
        }
        return Attribution.to(Optional.empty());
    }

    /** Between two places stand only punctuation and words of titles ("said Secretary of State Antony Blinken"). */
    private boolean onlyTitleWords(int from, int to) {
        Matcher word = WORD.matcher(text).region(from, to);
        while (word.find()) {
            String w = word.group();
            boolean titleWord = TitleWords.isTitleWord(w) || TitleWords.isHonorific(w) || Countries.isCountryWord(w)
                || ARTICLES.contains(w.toLowerCase(Locale.ROOT)) || Character.isUpperCase(w.charAt(0));
            if (!titleWord) {
                return false;
            }
        }
        return true;
    }

    /** "X said:", "X, the secretary, said on a visit:", "according to X,", "UN chief X, after a visit: “…”". */
    private Optional<PersonMention> attributionBefore(Span window) {
        String words = text.substring(window.start(), window.end());
        List<Span> verbs = SpeechVerbs.find(words);
        List<Candidate> candidates = candidates(window);
        if (candidates.isEmpty()) {
            return Optional.empty();
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
                if (c.span.end() <= verbAt && isSubject(c.span)) {
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

    /** Not a possessive ("Austin's remarks") nor after a preposition ("echoing Austin", "asked about Austin"). */
    private boolean isSubject(Span name) {
        int end = name.end();
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
            && (text.charAt(end + 1) == 's' || Character.isWhitespace(text.charAt(end + 1)))) {
            return false;
        }
        Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, name.start() - 30), name.start());
        if (!before.find() || before.group(0).toLowerCase(Locale.ROOT).startsWith("according to")) {
            return true;
        }
        return !NOT_BEFORE_SUBJECT.contains(before.group(2).toLowerCase(Locale.ROOT));
    }

    /** Named people and stand-ins ("he", "the secretary") in a window, in order. */
    private List<Candidate> candidates(Span window) {
        List<Candidate> found = new ArrayList<>();
        for (PersonMention m : mentions) {
            if (window.contains(m.span())) {
                found.add(new Candidate(m.span(), m));
            }
        }
        Matcher standIn = STAND_INS.matcher(text).region(window.start(), window.end());
        while (standIn.find()) {
            Span s = new Span(standIn.start(), standIn.end());
            // "the governor's spokesman": the owner of the speaker is not the speaker
            if (found.stream().noneMatch(c -> c.span.overlaps(s)) && !followedByName(s) && !possessive(s)) {
                found.add(new Candidate(s, null));
            }
        }
        found.sort((a, b) -> a.span.compareTo(b.span));
        return found;
    }

    /** "the minister Kim" names Kim: the stand-in is a title of the name that follows. */
    private boolean followedByName(Span s) {
        return mentions.stream().anyMatch(m -> m.span().start() >= s.end() && m.span().start() - s.end() <= 1);
    }

    private Optional<PersonMention> resolve(Candidate c) {
        if (c.named != null) {
            return Optional.of(c.named);
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PersonMention m = mentions.get(i);
            if (m.span().end() <= c.span.start() && !possessive(m.span()) && !insideReportedSpeech(m.span())) {
                return Optional.of(new PersonMention(c.span, m.person()));
            }
        }
        return Optional.empty();
    }

    /** "Park's testimony": an owner is not who speaks next. */
    private boolean possessive(Span name) {
        int end = name.end();
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
            && (text.charAt(end + 1) == 's' || Character.isWhitespace(text.charAt(end + 1)));
    }

    /**
     * "Lee said she looked forward to Park's testimony": a name after the speech verb of an
     * attribution whose subject stands before the verb is only mentioned in what was said; the
     * passage's speaker is still the attribution's subject.
     */
    private boolean insideReportedSpeech(Span name) {
        int from = sentenceStartBefore(name.start());
        String before = text.substring(from, name.start());
        for (Span verb : SpeechVerbs.find(before)) {
            if (SpeechVerbs.speakerFollows(before, verb)) {
                continue;
            }
            int verbAt = from + verb.start();
            int verbEnd = from + verb.end();
            boolean subjectBefore = mentions.stream().anyMatch(m -> m.span().start() >= from && m.span().end() <= verbAt)
                || STAND_INS.matcher(text).region(from, verbAt).find();
            if (subjectBefore && !onlyTitleWords(verbEnd, name.start())) {
                return true;
            }
        }
        return false;
    }

    /** Where the sentence holding a place starts: after the last stop, line end or quote mark before it. */
    private int sentenceStartBefore(int at) {
        int i = at;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '\r' || c == '"' || c == '\u201c' || c == '\u201d'
                || (c == '.' || c == '!' || c == '?') && i < text.length() && Character.isWhitespace(text.charAt(i))
                && !(c == '.' && abbreviationBefore(i - 1))) {
                return i;
            }
            i--;
        }
        return 0;
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
            if (text.charAt(end.start()) != '.' || !abbreviationBefore(end.start())) {
                to = end.start() + (text.charAt(end.start()) == '.' ? 1 : 0);
                break;
            }
        }
        return new Span(from, Math.max(from, to));
    }

    private boolean abbreviationBefore(int period) {
        int i = period;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        String word = text.substring(i, period).toLowerCase(Locale.ROOT);
        return word.length() == 1 || TitleAbbreviations.contains(word) || NAME_ABBREVIATIONS.contains(word);
    }

    private int previousQuotationEnd(Quotation quotation) {
        int end = 0;
        for (Quotation q : quotations) {
            if (q.outer().end() <= quotation.outer().start()) {
                end = Math.max(end, q.outer().end());
            }
        }
        return end;
    }

    private static boolean quoted(Span span, List<Quotation> quotations) {
        for (Quotation q : quotations) {
            for (Span piece : q.pieces()) {
                if (piece.contains(span)) {
                    return true;
                }
            }
        }
        return false;
    }
}
