package io.factaudit.check;

import io.factaudit.claim.Claim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.QuoteMatch;
import io.factaudit.claim.QuoteWithin;
import io.factaudit.claim.KnownPeople;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges quotations against the known quotes: the words must be the speaker's, word for word
 * within the stretch quoted (case, punctuation and quote marks aside), or it is an altered quote;
 * and the article must name the same speaker, or it is a misattributed quote (unless the speaker
 * quotes the words from someone else, inside the quotation: {@link QuoteWithin}).
 */
public final class QuoteCheck implements Check {

    @Override
    public List<Finding> judge(Document document, List<Claim> claims, Facts facts) {
        if (facts.quotes().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        KnownPeople people = null;
        for (Claim claim : claims) {
            if (!(claim instanceof QuoteClaim quote)) {
                continue;
            }
            Optional<QuoteMatch> match = QuoteMatch.best(quote.words(), facts);
            if (match.isEmpty()) {
                continue;
            }
            if (match.get().altered()) {
                findings.add(FindingFactory.of(document, quote, Reason.ALTERED_QUOTE, match.get().quote().where(),
                    AlteredQuote.message(match.get(), quote.words())));
            }
            if (people == null) {
                people = KnownPeople.of(facts);
            }
            if (quote.speaker() != null && !people.same(quote.speaker(), match.get().quote().speaker())
                && !quotedWithin(quote.words(), match.get(), facts)) {
                findings.add(FindingFactory.of(document, quote, Reason.MISATTRIBUTED_QUOTE, match.get().quote().where(),
                    MisattributedQuote.message(match.get().quote(), quote.speaker())));
            }
        }
        return findings;
    }

    /** The known quote is words the speaker quotes from someone else, inside the quotation. */
    private static boolean quotedWithin(String words, QuoteMatch match, Facts facts) {
        return QuoteWithin.of(words).stream().map(inner -> QuoteMatch.best(inner, facts))
            .anyMatch(inner -> inner.isPresent() && inner.get().quote().equals(match.quote()));
    }
}
