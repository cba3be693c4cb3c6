package io.factaudit.check;

import io.factaudit.claim.Claim;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;

/** Judges one kind of claim against the facts known on the article's date. */
public interface Check {

    /**
     * Every disagreement, never just the first.
     *
     * @param claims all claims read from the article; a check judges those of its own kind
     */
    List<Finding> judge(Document document, List<Claim> claims, Facts facts);
}
