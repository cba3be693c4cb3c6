package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One sentence as the count rules see it: its words, their part-of-speech tags (tagged on first
 * need: most numbers are decided without a tag), the claims read before it, and the article's
 * context.
 */
final class CountSentence {

    /** A colon that opens a list, not one of a time ("21:10"). */
    private static final Pattern LIST_COLON = Pattern.compile(":(\\s|$)");

    private final CountContext context;
    private final Span span;
    private final List<Words.Word> words;
    private final List<Claim> earlierClaims;
    private Map<Integer, String> tags;
    private CountClaim previous;
    private CountDecision lastDecided;
    private final CountDecision decidedBefore;

    CountSentence(CountContext context, Span span, List<Claim> earlierClaims) {
        this(context, span, earlierClaims, null);
    }

    /** {@code decidedBefore}: the decision for the article's last number before this sentence, or null. */
    CountSentence(CountContext context, Span span, List<Claim> earlierClaims, CountDecision decidedBefore) {
        this.decidedBefore = decidedBefore;
        this.context = context;
        this.span = span;
        this.words = Words.of(context.document(), span);
        this.earlierClaims = earlierClaims;
    }

    CountContext context() {
        return context;
    }

    Span span() {
        return span;
    }

    List<Words.Word> words() {
        return words;
    }

    Words.Word word(int i) {
        return words.get(i);
    }

    int size() {
        return words.size();
    }

    /** The count read last in this sentence, or null. */
    CountClaim previous() {
        return previous;
    }

    void read(CountClaim claim) {
        previous = claim;
    }

    /** The decision taken last for a number of this sentence, or null. */
    CountDecision lastDecided() {
        return lastDecided;
    }

    /** The decision taken last for a number of this sentence, else for the article's last number before it, or null. */
    CountDecision lastDecidedInArticle() {
        return lastDecided != null ? lastDecided : decidedBefore;
    }

    void decided(CountDecision decision) {
        lastDecided = decision;
    }

    /** A word's part-of-speech tag ("" for none). */
    String tag(Words.Word w) {
        if (tags == null) {
            tags = new HashMap<>();
            for (Token t : context.document().tokens(span)) {
                tags.put(t.span().start(), t.tag());
            }
        }
        return tags.getOrDefault(w.span().start(), "");
    }

    /** The text of words {@code from} (inclusive) to {@code to} (exclusive), folded and lower-cased. */
    String folded(int from, int to) {
        return context.folded(words.get(from).span().start(), words.get(Math.min(to, words.size()) - 1).span().end());
    }

    /** Whether the subject's name is written between two words. */
    boolean keywordIn(SubjectProfile subject, int fromWord, int toWord) {
        if (fromWord >= toWord || fromWord >= words.size()) {
            return false;
        }
        return subject.mentionedIn(folded(fromWord, toWord));
    }

    /** The last count read in this sentence's paragraph, else the last read in this sentence. */
    CountClaim lastClaimInParagraph() {
        Span paragraph = context.document().paragraphOf(span.start());
        for (int i = earlierClaims.size() - 1; i >= 0; i--) {
            if (earlierClaims.get(i) instanceof CountClaim c && paragraph.contains(c.span())) {
                return c;
            }
        }
        return previous;
    }

    /** The last count read in this sentence's paragraph that is not an earlier figure, else the last read in this sentence. */
    CountClaim lastCurrentInParagraph() {
        Span paragraph = context.document().paragraphOf(span.start());
        for (int i = earlierClaims.size() - 1; i >= 0; i--) {
            if (earlierClaims.get(i) instanceof CountClaim c && paragraph.contains(c.span()) && !c.earlier()) {
                return c;
            }
        }
        return previous;
    }

    /**
     * Whether the sentence goes on a list a colon opened: the sentence before it, in its line or on
     * the line before, has a colon ("The toll by town: 12 in A.\nAnd four in B"), or both open with a
     * dash or a bullet, the first after such a colon.
     */
    boolean continuesList() {
        String text = context.document().text();
        List<Span> sentences = context.document().sentences();
        int i = context.document().sentenceIndex(span.start());
        for (int j = i - 1; j >= 0 && j >= i - 20; j--) {
            String before = text.substring(sentences.get(j).start(), sentences.get(j).end());
            if (LIST_COLON.matcher(before).find()) {
                return true;
            }
            if (!bulleted(before) || !bulleted(text.substring(sentences.get(j + 1).start(), sentences.get(j + 1).end()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean bulleted(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && "-\u2013\u2014\u2022*".indexOf(s.charAt(0)) >= 0;
    }

    /** The count read last before this sentence in the article, else the last read in it. */
    CountClaim lastClaim() {
        for (int i = earlierClaims.size() - 1; i >= 0; i--) {
            if (earlierClaims.get(i) instanceof CountClaim c && c.span().start() < span.start()) {
                return c;
            }
        }
        return previous;
    }

    /** Whether a count of the subject larger than {@code high} was read before this number in the article. */
    boolean largerBefore(String subject, long high) {
        return earlierClaims.stream().anyMatch(c -> c instanceof CountClaim k && k.subject().equals(subject)
            && k.interval().low() != null && k.interval().low() > high)
            || previous != null && previous.subject().equals(subject) && previous.interval().low() != null
            && previous.interval().low() > high;
    }

    /** The span of words {@code from} to {@code to} (exclusive), clipped to the sentence. */
    Span wordsSpan(int from, int to) {
        int a = Math.max(0, Math.min(from, words.size() - 1));
        int b = Math.max(a + 1, Math.min(to, words.size()));
        return new Span(words.get(a).span().start(), words.get(b - 1).span().end());
    }
}
