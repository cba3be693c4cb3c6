package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the titles written next to the sheet's people: "Secretary of State Antony Blinken",
 * "Lloyd Austin, the U.S. secretary of defense", "Former defense minister Kim Yong-hyun", also
 * where the name is misspelled ("Rustem Umarov, Ukraine's defense minister"), and the office a relative
 * clause gives ("Ann Lee, who chairs the committee", not for a misspelled name). A name with no title
 * next to it ("Austin said") is not a title claim.
 */
public final class TitleReader implements ClaimReader {

    @Override
    public List<Claim> read(Document document, Facts facts) {
        if (facts.people().isEmpty()) {
            return List.of();
        }
        List<Claim> claims = new ArrayList<>();
        String text = document.text();
        for (PeopleInText.Found found : PeopleInText.of(facts).in(document)) {
            for (TitlePhrase title : found.titles()) {
                if (found.misspelled() && title.clause()) {
                    // a misspelled name is the sheet's person by its letters and the titles beside it;
                    // what a relative clause says of it is judged only where the name is the sheet's
                    continue;
                }
                Span span = title.span().union(found.span());
                claims.add(new TitleClaim(span, text.substring(span.start(), span.end()), found.person().name(),
                    title.title(), found.written()));
            }
        }
        return claims;
    }
}
