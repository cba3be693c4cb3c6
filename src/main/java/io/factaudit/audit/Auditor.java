package io.factaudit.audit;

import io.factaudit.check.Check;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import io.factaudit.claim.ClaimReader;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;

/** Reads every kind of claim from an article and judges each against a scenario's facts. */
public final class Auditor {

    private final List<ClaimReader> readers;
    private final List<Check> checks;

    public Auditor(List<ClaimReader> readers, List<Check> checks) {
        this.readers = List.copyOf(readers);
        this.checks = List.copyOf(checks);
    }

    /** The readers and checks of every kind of fact the sheet language has. */
    public static Auditor standard() {
        return new Auditor(Kinds.readers(), Kinds.checks());
    }

    public ArticleAudit audit(Document document, Facts facts) {
        List<Claim> claims = new ArrayList<>();
        for (ClaimReader reader : readers) {
            claims.addAll(reader.read(document, facts));
        }
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            findings.addAll(check.judge(document, claims, facts));
        }
        return new ArticleAudit(document.article(), claims, findings);
    }
}
