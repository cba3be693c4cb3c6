package io.factaudit.language;

import io.factaudit.article.Article;
import io.factaudit.article.Span;
import io.factaudit.text.date.DateResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An article split into paragraphs (at line ends) and sentences, with tokens and part-of-speech
 * tags computed only for the sentences a reader asks about: most of an article holds no claim.
 */
public final class Document {

    private final Article article;
    private final List<Span> paragraphs;
    private final List<Span> sentences;
    private final Map<Integer, List<Token>> tokens = new ConcurrentHashMap<>();
    private final Map<Span, List<Span>> tokenSpans = new ConcurrentHashMap<>();
    private final Map<Integer, SentenceWords> words = new ConcurrentHashMap<>();
    /** The date readers of the text, by the day they read from (the article's, or a live blog entry's). */
    private final Map<LocalDate, DateResolver> dates = new ConcurrentHashMap<>();
    private volatile DateResolver undated;
    /** What readers compute from the text alone, by what and where: computed once, whichever scenario asks. */
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    public Document(Article article) {
        this.article = article;
        this.paragraphs = SentenceSplitter.paragraphs(article.text());
        List<Span> all = new ArrayList<>();
        for (Span p : paragraphs) {
            all.addAll(SentenceSplitter.sentences(article.text(), p));
        }
        this.sentences = Collections.unmodifiableList(all);
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Span> sentences() {
        return sentences;
    }

    /** The paragraph holding an offset. */
    public Span paragraphOf(int offset) {
        return find(paragraphs, offset);
    }

    /** The sentence holding an offset. */
    public Span sentenceOf(int offset) {
        return find(sentences, offset);
    }

    /** The index of the paragraph holding an offset, -1 when none does; a binary search, not a walk. */
    public int paragraphIndex(int offset) {
        int i = lastStartingAtOrBefore(paragraphs, offset);
        if (i < 0) {
            return -1;
        }
        Span p = paragraphs.get(i);
        return offset < Math.max(p.end(), p.start() + 1) ? i : -1;
    }

    /** The index of the sentence holding an offset, -1 when none does. */
    public int sentenceIndex(int offset) {
        int i = lastStartingAtOrBefore(sentences, offset);
        if (i < 0) {
            return -1;
        }
        Span s = sentences.get(i);
        return offset < Math.max(s.end(), s.start() + 1) ? i : -1;
    }

    public String textOf(Span span) {
        return article.text().substring(span.start(), span.end());
    }

    /** The sentence's words as the phrase matchers read them, computed once; tags only when asked. */
    public SentenceWords words(Span sentence) {
        return words.computeIfAbsent(sentence.start(), k -> new SentenceWords(this, sentence));
    }

    /**
     * The text's dates read against the article's date, shared by every reader and scenario:
     * each paragraph or sentence is read for dates once.
     */
    public DateResolver dates() {
        return dates(article.published());
    }

    /** The text's dates read against a day (a live blog entry's), shared like {@link #dates()}. */
    public DateResolver dates(LocalDate day) {
        if (day == null) {
            DateResolver d = undated;
            if (d == null) {
                d = DateResolver.of(text(), null);
                undated = d;
            }
            return d;
        }
        return dates.computeIfAbsent(day, d -> DateResolver.of(text(), d));
    }

    /**
     * A value computed from this text alone (never from a sheet), once for every reader and every
     * scenario that asks: the key says what and where (a record of a kind and a span).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Function<Document, T> compute) {
        Object known = shared.get(key);
        if (known == null) {
            known = compute.apply(this);
            Object raced = shared.putIfAbsent(key, known);
            known = raced == null ? known : raced;
        }
        return (T) known;
    }

    /** The sentence's tokens with their tags, computed once. */
    public List<Token> tokens(Span sentence) {
        return tokens.computeIfAbsent(sentence.start(), k -> tag(sentence));
    }

    /** Where the tokenizer cuts a sentence (the tokens the tagger reads), computed once, tagged or not. */
    public List<Span> tokenSpans(Span sentence) {
        return tokenSpans.computeIfAbsent(sentence, s -> List.copyOf(TokenSpans.of(text(), s)));
    }

    /**
     * The tokens of any stretch of the text: those of the sentences it covers, cut once; a sentence
     * it covers only in part, or text outside every sentence, cut where it is asked.
     */
    public List<Span> tokensIn(Span range) {
        int first = Math.max(0, lastStartingAtOrBefore(sentences, range.start()));
        List<Span> result = new ArrayList<>();
        int at = range.start();
        for (int i = first; i < sentences.size() && at < range.end(); i++) {
            Span s = sentences.get(i);
            if (s.end() <= at) {
                continue;
            }
            if (s.start() >= range.end()) {
                break;
            }
            if (s.start() > at) {
                result.addAll(TokenSpans.of(text(), new Span(at, s.start())));
                at = s.start();
            }
            if (s.start() == at && s.end() <= range.end()) {
                result.addAll(tokenSpans(s));
            } else {
                result.addAll(TokenSpans.of(text(), new Span(at, Math.min(s.end(), range.end()))));
            }
            at = Math.min(s.end(), range.end());
        }
        if (at < range.end()) {
            result.addAll(TokenSpans.of(text(), new Span(at, range.end())));
        }
        return result;
    }

    private List<Token> tag(Span sentence) {
        List<Span> spans = tokenSpans(sentence);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = textOf(spans.get(i));
        }
        String[] tags = Models.TAGGER.get().tag(words);
        List<Token> result = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            result.add(new Token(spans.get(i), words[i], tags[i]));
        }
        return List.copyOf(result);
    }

    private static Span find(List<Span> spans, int offset) {
        int i = lastStartingAtOrBefore(spans, offset);
        return i < 0 ? new Span(0, 0) : spans.get(i);
    }

    /**
     * The index of the last span that starts at or before an offset, -1 when none does. Paragraphs
     * and sentences are in text order and do not overlap, so a binary search finds it.
     */
    private static int lastStartingAtOrBefore(List<Span> spans, int offset) {
        int low = 0;
        int high = spans.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (spans.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
