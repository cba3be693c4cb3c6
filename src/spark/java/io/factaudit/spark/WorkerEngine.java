package io.factaudit.spark;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.audit.Auditor;
import io.factaudit.input.Problems;
import io.factaudit.language.Document;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a worker JVM loads once and keeps for every article it audits: the auditor with its
 * lexicon, the sentence, token and tag models, and each broadcast sheet parsed into its scenarios.
 * Nothing here is loaded per article or per task.
 */
final class WorkerEngine {

    private static final String WARM_UP = "About 3,000 soldiers were sent last week, officials said.";
    private static final AtomicInteger ENGINES_LOADED = new AtomicInteger();
    private static final AtomicInteger SHEETS_PARSED = new AtomicInteger();
    private static final Map<String, Map<Integer, ScenarioFacts>> SHEETS = new ConcurrentHashMap<>();

    private WorkerEngine() {
    }

    /** Initialised on first use in a JVM, by the class loader, exactly once. */
    private static final class Holder {
        static final Auditor AUDITOR = load();
    }

    static Auditor auditor() {
        return Holder.AUDITOR;
    }

    /** The scenarios of a sheet by their line, parsed from its broadcast bytes the first time this JVM needs them. */
    static Map<Integer, ScenarioFacts> scenarios(SheetSource sheet, String root) {
        return SHEETS.computeIfAbsent(sheet.hash() + "\u0000" + sheet.uri(), k -> parse(sheet, root));
    }

    /** How many times this JVM loaded the engine: once, however many articles it audits. */
    static int enginesLoaded() {
        return ENGINES_LOADED.get();
    }

    /** How many sheets this JVM parsed: once each (and again only when a sheet's bytes change). */
    static int sheetsParsed() {
        return SHEETS_PARSED.get();
    }

    private static Map<Integer, ScenarioFacts> parse(SheetSource sheet, String root) {
        SHEETS_PARSED.incrementAndGet();
        Map<Integer, ScenarioFacts> byLine = new LinkedHashMap<>();
        // the driver has named the sheet's problems; a worker only needs its facts
        for (ScenarioFacts s : new FactSheetReader(Path.of(root)).read(Path.of(sheet.file()), sheet.bytes(), new Problems())) {
            byLine.put(s.line(), s);
        }
        return byLine;
    }

    private static Auditor load() {
        ENGINES_LOADED.incrementAndGet();
        Auditor auditor = Auditor.standard();
        Document warm = new Document(new Article("warm-up", WARM_UP, null, LineMap.of(WARM_UP)));
        warm.tokens(warm.sentences().get(0));
        return auditor;
    }
}
