package io.factaudit.evaluation;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.Auditor;
import io.factaudit.language.Document;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test of generality in the manner of CheckList (Ribeiro et al., 2020): sentences generated from
 * templates and word lists (verbs of saying from the lexicon, weekdays and months from java.time,
 * number words from ICU, invented topics, places and people) are each read as a tiny article by
 * the audit's own readers and checks, and each capability reports the share read as it should be.
 */
public final class Capabilities {

    private final Auditor auditor = Auditor.standard();
    private final Map<Probe, Boolean> results = new HashMap<>();

    /** Every capability, in the order they are reported. */
    static List<Capability> all() {
        List<Capability> all = new ArrayList<>(List.of(CountCapabilities.verbsOfSaying(), CountCapabilities.topics(),
            CountCapabilities.numberForms(), CountCapabilities.clauseOrder(), CountCapabilities.whoseFigure(), CountCapabilities.negation(),
            CountCapabilities.otherOwner(), CountCapabilities.forecast(), CountCapabilities.notThisCount(), SpeechCapabilities.quotes(), SpeechCapabilities.quoteForms(),
            QuoteStyleCapabilities.all(), QuoteStyleCapabilities.altered(),
            SpeechCapabilities.titles(), DateCapabilities.formsAndTense(), DateCapabilities.clauses(),
            DateCapabilities.plans(), DateCapabilities.otherDates()));
        all.addAll(TitleCapabilities.all());
        all.addAll(StateCapabilities.all());
        return all;
    }

    /** Reads every generated sentence of the capabilities whose name starts with a prefix, and scores each. */
    public static List<CapabilityScore> score(String prefix) {
        Capabilities run = new Capabilities();
        return all().stream().filter(c -> c.name().startsWith(prefix)).map(run::score).toList();
    }

    /** Reads every generated sentence and scores each capability. */
    public static List<CapabilityScore> score() {
        return score(all());
    }

    /** Reads the sentences of some capabilities and scores each. */
    static List<CapabilityScore> score(List<Capability> capabilities) {
        Capabilities run = new Capabilities();
        return capabilities.stream().map(run::score).toList();
    }

    /** Prints one line per capability: its name and pass rate. */
    public static void print(PrintStream out) {
        score().forEach(s -> out.println(s.format()));
    }

    private CapabilityScore score(Capability capability) {
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Probe p : capability.probes()) {
            ArticleAudit audit = read(p);
            if (p.holds().test(audit) && (p.base() == null || passes(p.base()))) {
                passed++;
            } else {
                String base = p.base() == null || passes(p.base()) ? "" : " (its unchanged sentence is not read either: \""
                    + p.base().text() + "\" reads " + Readings.told(read(p.base())) + ")";
                failures.add("\"" + p.text() + "\"\n    expected " + p.expected() + "; read " + Readings.told(audit) + base);
            }
        }
        return new CapabilityScore(capability.name(), passed, capability.probes().size(), failures);
    }

    private boolean passes(Probe p) {
        return results.computeIfAbsent(p, q -> q.holds().test(read(q)));
    }

    private ArticleAudit read(Probe p) {
        Article article = new Article("capabilities/sentence.txt", p.text(), Fixtures.PUBLISHED, LineMap.of(p.text()));
        return auditor.audit(new Document(article), p.facts());
    }
}
