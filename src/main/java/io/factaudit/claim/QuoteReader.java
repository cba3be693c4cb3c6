package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.PersonMention;
import io.factaudit.language.Quotation;
import io.factaudit.language.Quotations;
import io.factaudit.language.Speakers;
import io.factaudit.language.SpokenWord;
import io.factaudit.language.QuotedWords;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the quotations that are close to a known quote (whole, in part, or altered), with who the
 * article says spoke them. A quotation split by its attribution is read as one; the claim covers
 * the quoted pieces that match.
 */
public final class QuoteReader implements ClaimReader {

    @Override
    public List<Claim> read(Document document, Facts facts) {
        if (facts.quotes().isEmpty()) {
            return List.of();
        }
        String text = document.text();
        List<Quotation> quotations = Quotations.in(text, document.paragraphs());
        if (quotations.isEmpty()) {
            return List.of();
        }
        List<Claim> claims = new ArrayList<>();
        KnownPeople known = KnownPeople.of(facts);
        Speakers speakers = null;
        for (Quotation quotation : quotations) {
            String words = quotation.words(text);
            Optional<QuoteMatch> match = QuoteMatch.best(words, facts);
            if (match.isEmpty()) {
                continue;
            }
            if (speakers == null) {
                List<PersonMention> mentions = PersonMentions.in(document, known);
                List<String> heads = facts.people().stream().flatMap(p -> p.titles().stream())
                    .flatMap(t -> PeopleInText.headOf(t).stream()).distinct().toList();
                speakers = new Speakers(document, mentions, quotations, (person, noun) -> holdsTitle(facts, person, noun), heads);
            }
            List<Span> pieces = matchedPieces(quotation, match.get());
            Span span = withoutEndStop(text, new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end()));
            String speaker = speakers.of(quotation)
                .map(PersonMention::person)
                .map(named -> speakerName(named, match.get(), known))
                .orElse(null);
            claims.add(new QuoteClaim(span, text.substring(span.start(), span.end()), joined(text, pieces), speaker));
        }
        return claims;
    }

    /** Whether the sheet gives a person a title headed by a noun ("minister" of "interior minister"). */
    private static boolean holdsTitle(Facts facts, String person, String noun) {
        return facts.people().stream().filter(p -> p.name().equals(person)).flatMap(p -> p.titles().stream())
            .anyMatch(t -> PeopleInText.headOf(t).filter(noun::equals).isPresent());
    }

    /** The known quote's speaker when the article names that person, else whom it names. */
    private static String speakerName(String named, QuoteMatch match, KnownPeople known) {
        String sheetSpeaker = match.quote().speaker();
        return known.same(named, sheetSpeaker) ? sheetSpeaker : known.personOf(named).orElse(named);
    }

    /** The pieces that hold the matched words. */
    private static List<Span> matchedPieces(Quotation quotation, QuoteMatch match) {
        List<SpokenWord> article = match.article();
        int first = pieceAt(quotation, article.get(match.alignment().articleFrom()).start());
        int last = pieceAt(quotation, article.get(match.alignment().articleTo() - 1).start());
        return quotation.pieces().subList(first, last + 1);
    }

    /** Which piece an offset into the joined words falls in. */
    private static int pieceAt(Quotation quotation, int offset) {
        int at = 0;
        for (int i = 0; i < quotation.pieces().size(); i++) {
            at += quotation.pieces().get(i).length();
            if (offset < at) {
                return i;
            }
            at += QuotedWords.CUT.length();
        }
        return quotation.pieces().size() - 1;
    }

    /** The quoted words without the comma or period that ends the writer's sentence. */
    private static Span withoutEndStop(String text, Span span) {
        int end = span.end();
        while (end > span.start() + 1 && ",.;:".indexOf(text.charAt(end - 1)) >= 0 && !text.startsWith("...", end - 3)) {
            end--;
        }
        return new Span(span.start(), end);
    }

    private static String joined(String text, List<Span> pieces) {
        StringBuilder b = new StringBuilder();
        for (Span p : pieces) {
            if (!b.isEmpty()) {
                b.append(QuotedWords.CUT);
            }
            b.append(text, p.start(), p.end());
        }
        return b.toString();
    }
}
