package io.factaudit.check;

import io.factaudit.article.Span;
import io.factaudit.claim.Claim;
import io.factaudit.language.Document;
import io.factaudit.sheet.FactLocation;

/** Locates findings in their article: one place that turns a claim and a verdict into a finding. */
public final class FindingFactory {

    private FindingFactory() {
    }

    public static Finding of(Document document, Claim claim, Reason reason, FactLocation fact, String message) {
        return of(document, claim.span(), reason, ruleOf(claim, reason), fact, message);
    }

    /** Every finding's message names the fact it refers to, "(sheet:line)", as the count findings always did. */
    public static Finding of(Document document, Span span, Reason reason, String rule, FactLocation fact, String message) {
        var article = document.article();
        String said = fact == null || message.contains(fact.toString()) ? message : message + " (" + fact + ")";
        return new Finding(article.path(), span, article.positionOf(span.start()), article.textOf(span), rule, reason,
            Status.NEW, fact, said);
    }

    private static String ruleOf(Claim claim, Reason reason) {
        if (reason.rule() != null) {
            return reason.rule();
        }
        return switch (claim.kind()) {
            case "state" -> "milestone";
            case "event-date" -> "event";
            default -> claim.kind();
        };
    }
}
