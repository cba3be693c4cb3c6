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
 * clause gives ("Ann Lee, who chairs the committee", not for a misspelled name). A name with titles
 * on both sides ("Gen. X, the army chief") is one claim whose titles are judged each on its own. A
 * name with no title next to it ("Austin said") is not a title claim.
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
            // a misspelled name is the sheet's person by its letters and the titles beside it;
            // what a relative clause says of it is judged only where the name is the sheet's
            List<TitlePhrase> titles = found.titles().stream().filter(t -> !(found.misspelled() && t.clause())).toList();
            if (titles.isEmpty()) {
                continue;
            }
            // "Col. Marcos Vieira, the civil defense secretary": one claim, each title judged on its own
            Span span = found.span();
            List<String> written = new ArrayList<>();
            for (TitlePhrase title : titles) {
                span = span.union(title.span());
                written.add(title.title());
            }
            claims.add(new TitleClaim(span, text.substring(span.start(), span.end()), found.person().name(),
                String.join(", ", written), found.written()));
        }
        return claims;
    }
}
