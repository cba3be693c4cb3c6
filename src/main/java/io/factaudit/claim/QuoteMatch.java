package io.factaudit.claim;

import io.factaudit.language.Alignment;
import io.factaudit.language.SpokenWord;
import io.factaudit.language.QuotedWords;
import io.factaudit.sheet.KnownQuote;
import io.factaudit.sheet.Facts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;

/**
 * Quoted words matched to the known quote they are close to: aligned word by word, a large share
 * of the aligned stretch agreeing, in order. A quote that only shares a common phrase with a known
 * quote ("in the Kursk region") is not close to it.
 *
 * @param article the quoted words, as {@link QuotedWords} reads them
 * @param known   the known quote's words
 */
public record QuoteMatch(KnownQuote quote, List<SpokenWord> article, List<SpokenWord> known, Alignment alignment) {

    /** At least this many words must agree (or all of a shorter known quote). */
    private static final int MIN_WORDS = 4;
    /** Share of the aligned stretch, on either side, that must agree. */
    private static final double MIN_SHARE_OF_STRETCH = 0.6;
    /** Share of the known quote that must be quoted, unless enough words agree anyway. */
    private static final double MIN_SHARE_OF_QUOTE = 0.4;
    /** A fragment of a known quote down to five words is a quote of it (FACT-SHEETS.md 1.1). */
    private static final int ENOUGH_WORDS = 5;
    /** A short fragment differs from the known words in at most this many words, else it is other speech sharing a phrase. */
    private static final int FRAGMENT_CHANGES = 1;
    private static final int LONG_FRAGMENT = 10;

    public QuoteMatch {
        article = List.copyOf(article);
        known = List.copyOf(known);
    }

    /** The words of each known quote of a scenario, read once. */
    private static final PerFacts<Map<KnownQuote, List<SpokenWord>>> KNOWN_WORDS = new PerFacts<>(facts -> {
        Map<KnownQuote, List<SpokenWord>> words = new HashMap<>();
        facts.quotes().forEach(q -> words.put(q, QuotedWords.of(q.words())));
        return words;
    });

    /** The known quote of a scenario closest to quoted words, when one is close. */
    public static Optional<QuoteMatch> best(String quoted, Facts facts) {
        Map<KnownQuote, List<SpokenWord>> knownWords = KNOWN_WORDS.of(facts);
        return best(QuotedWords.of(quoted), facts.quotes(), q -> knownWords.get(q));
    }

    private static Optional<QuoteMatch> best(List<SpokenWord> words, List<KnownQuote> quotes,
                                             Function<KnownQuote, List<SpokenWord>> wordsOf) {
        Set<String> quotedWords = new HashSet<>();
        words.forEach(w -> quotedWords.add(w.text()));
        QuoteMatch best = null;
        for (KnownQuote quote : quotes) {
            List<SpokenWord> known = wordsOf.apply(quote);
            if (known.stream().map(SpokenWord::text).distinct().filter(quotedWords::contains).count()
                < Math.min(MIN_WORDS, known.size())) {
                continue;
            }
            Alignment alignment = Alignment.of(words, known);
            QuoteMatch match = new QuoteMatch(quote, words, known, alignment);
            if (match.isClose() && (best == null || alignment.matches() > best.alignment.matches()
                || alignment.matches() == best.alignment.matches()
                && alignment.differences().size() < best.alignment.differences().size())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    boolean isClose() {
        int agree = alignment.matches();
        int knownStretch = alignment.knownTo() - alignment.knownFrom();
        int articleStretch = alignment.articleTo() - alignment.articleFrom();
        return agree >= Math.min(MIN_WORDS, known.size())
            && agree >= MIN_SHARE_OF_STRETCH * knownStretch
            && agree >= MIN_SHARE_OF_STRETCH * articleStretch
            && (agree >= MIN_SHARE_OF_QUOTE * known.size() || agree >= LONG_FRAGMENT
                || agree >= ENOUGH_WORDS && alignment.differences().size() <= FRAGMENT_CHANGES);
    }

    /** The article leaves out or changes words inside the stretch it quotes. */
    public boolean altered() {
        return !alignment.differences().isEmpty();
    }
}
