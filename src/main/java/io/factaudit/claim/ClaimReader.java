package io.factaudit.claim;

import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;

/** Reads one kind of claim from an article: the claims that concern the facts' names. */
public interface ClaimReader {

    /** Claims in text order; none when the facts state nothing of this kind. */
    List<Claim> read(Document document, Facts facts);
}
