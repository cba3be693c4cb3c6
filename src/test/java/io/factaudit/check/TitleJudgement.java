package io.factaudit.check;

import io.factaudit.claim.Claim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleReader;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;

/** The titles one invented article states and the findings the title check gives them: the title tests' one way to judge. */
record TitleJudgement(List<Claim> claims, List<Finding> findings) {

    static TitleJudgement of(Facts facts, String text, String published) {
        Document document = SheetFixture.document(text, published);
        List<Claim> claims = new TitleReader().read(document, facts);
        return new TitleJudgement(claims, new TitleCheck().judge(document, claims, facts));
    }
}
