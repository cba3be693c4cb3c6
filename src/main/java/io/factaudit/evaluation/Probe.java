package io.factaudit.evaluation;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.sheet.Facts;
import java.util.function.Predicate;

/**
 * One generated sentence of a capability, read as a tiny article against a sheet, with what its
 * reading must be. A directional probe names the base sentence it changes: it holds only when the
 * base is read as expected and the change reads as it should, so a claim never read at all does
 * not pass as one that disappeared.
 *
 * @param expected what the reading must be, in words, for the list of failures
 * @param base     the unchanged sentence that must be read as expected, or null
 */
record Probe(String text, Facts facts, String expected, Predicate<ArticleAudit> holds, Probe base) {

    static Probe of(String text, Facts facts, String expected, Predicate<ArticleAudit> holds) {
        return new Probe(text, facts, expected, holds, null);
    }

    Probe against(Probe unchanged) {
        return new Probe(text, facts, expected, holds, unchanged);
    }
}
