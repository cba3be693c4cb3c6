package io.factaudit.audit;

import io.factaudit.article.Article;
import io.factaudit.article.ArticleReader;
import io.factaudit.article.Corpus;
import io.factaudit.baseline.Acknowledgements;
import io.factaudit.check.Finding;
import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import io.factaudit.language.Document;
import io.factaudit.audit.AuditReport;
import io.factaudit.sheet.ArticleScope;
import io.factaudit.sheet.Paths;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * One audit: scenarios checked over their articles, each article read once, the results gathered
 * per article for the reports. Thread-safe; articles are read and judged in parallel.
 */
public final class AuditSession {

    private final Path root;
    private final Auditor auditor;
    private final Acknowledgements acknowledgements;
    private final Problems problems;
    private final ArticleReader reader = new ArticleReader();
    private final Map<Path, Optional<Document>> documents = new ConcurrentHashMap<>();
    private final Map<String, ArticleAudit> ledger = new TreeMap<>();
    private final List<ScenarioFacts> scenarios = new ArrayList<>();
    private final int parallelism;

    public AuditSession(Path root, Auditor auditor, Acknowledgements acknowledgements, Problems problems, int parallelism) {
        this.root = root.toAbsolutePath().normalize();
        this.auditor = auditor;
        this.acknowledgements = acknowledgements;
        this.problems = problems;
        this.parallelism = Math.max(1, parallelism);
    }

    /** A session over a project: its acknowledgements from {@code features/acknowledgements.json}. */
    public static AuditSession open(Path root, Problems problems) {
        Path ackFile = root.resolve("features").resolve(Acknowledgements.FILE);
        Acknowledgements acks = Acknowledgements.load(ackFile, Paths.display(root, ackFile), problems);
        return new AuditSession(root, Auditor.standard(), acks, problems, threads());
    }

    /**
     * How many threads an audit reads articles on: the system property {@code fact-audit.threads}
     * ({@code -Dfact-audit.threads=1} to compare a run with one on a single thread), else one per processor.
     */
    public static int threads() {
        return Math.max(1, Integer.getInteger("fact-audit.threads", Runtime.getRuntime().availableProcessors()));
    }

    public Problems problems() {
        return problems;
    }

    public Acknowledgements acknowledgements() {
        return acknowledgements;
    }

    /** Checks one scenario over every article in its scope, keeping read articles for other scenarios. */
    public ScenarioResult check(ScenarioFacts scenario, List<Problem> sheetProblems) {
        List<Path> files = files(List.of(scenario));
        List<ArticleAudit> audits = inPool(() -> files.parallelStream()
            .map(f -> documents.computeIfAbsent(f, this::read))
            .flatMap(Optional::stream)
            .flatMap(d -> judge(d, scenario).stream())
            .toList());
        record(scenario, audits);
        return new ScenarioResult(scenario, audits, sheetProblems);
    }

    /**
     * Streams every article of the scenarios once, judged by every scenario that covers it, to a
     * consumer (called from several threads); nothing is kept, so memory does not grow with the corpus.
     */
    public void stream(List<ScenarioFacts> all, Consumer<ArticleAudit> sink) {
        Map<Path, List<ScenarioFacts>> byFile = new LinkedHashMap<>();
        for (ScenarioFacts s : all) {
            for (Path f : files(List.of(s))) {
                byFile.computeIfAbsent(f, k -> new ArrayList<>()).add(s);
            }
        }
        inPool(() -> {
            byFile.entrySet().parallelStream().forEach(e -> read(e.getKey()).ifPresent(d -> {
                List<ArticleAudit> audits = new ArrayList<>(e.getValue().size());
                for (ScenarioFacts s : e.getValue()) {
                    judge(d, s).ifPresent(audits::add);
                }
                if (!audits.isEmpty()) {
                    sink.accept(ArticleAudit.merged(audits)); // once per article, not pairwise
                }
            }));
            return null;
        });
    }

    /** Checks every scenario and keeps the results for the report. */
    public List<ScenarioResult> checkAll(List<ScenarioFacts> all) {
        List<ScenarioResult> results = new ArrayList<>();
        for (ScenarioFacts s : all) {
            results.add(check(s, List.of()));
        }
        return results;
    }

    /** Everything checked so far, merged per article, with stale acknowledgements. */
    public synchronized AuditReport report() {
        io.factaudit.sheet.SheetConflicts.among(scenarios).forEach(problems::add);
        List<ArticleAudit> articles = new ArrayList<>(ledger.values());
        List<Finding> findings = articles.stream().flatMap(a -> a.findings().stream()).toList();
        var scope = io.factaudit.baseline.AuditedScope.of(root, ledger.keySet(),
            scenarios.stream().map(ScenarioFacts::uri).collect(java.util.stream.Collectors.toSet()));
        return new AuditReport(articles, scenarios, problems.all(), acknowledgements.stale(findings, scope),
            acknowledgements.entries());
    }

    private synchronized void record(ScenarioFacts scenario, List<ArticleAudit> audits) {
        scenarios.add(scenario);
        for (ArticleAudit a : audits) {
            ledger.merge(a.article().path(), a, ArticleAudit::merge);
        }
    }

    private ArticleAudit acknowledge(ArticleAudit audit) {
        if (acknowledgements.entries().isEmpty()) {
            return audit;
        }
        return new ArticleAudit(audit.article(), audit.claims(), audit.findings().stream().map(acknowledgements::apply).toList());
    }

    /**
     * One article judged against one scenario. A reader or check that fails on an article is a defect
     * of the audit; it is named as a problem of that article and the rest of the audit goes on.
     */
    private Optional<ArticleAudit> judge(Document document, ScenarioFacts scenario) {
        try {
            return Optional.of(acknowledge(auditor.audit(document, scenario.facts())));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(document.article().path(), 0, "the article could not be audited against \"" + scenario.name()
                + "\" (" + e + "): this is a defect of the audit, not of the article; please report it with the"
                + " article. The rest of the audit goes on");
            return Optional.empty();
        }
    }

    private Optional<Document> read(Path file) {
        String display = Paths.display(root, file);
        try {
            Article article = reader.read(file, display, problems);
            return Optional.of(new Document(article));
        } catch (InputException e) {
            problems.add(e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(display, 0, "the article could not be read (" + e + "); the rest of the audit goes on");
        }
        return Optional.empty();
    }

    private List<Path> files(List<ScenarioFacts> all) {
        Set<Path> files = new LinkedHashSet<>();
        for (ScenarioFacts s : all) {
            files.addAll(files(root, s, problems));
        }
        return new ArrayList<>(files);
    }

    /** The files a scenario audits, in order, each once; a folder that cannot be listed is a named problem. */
    public static List<Path> files(Path root, ScenarioFacts s, Problems problems) {
        Set<Path> files = new LinkedHashSet<>();
        for (ArticleScope scope : s.scopes()) {
            if (!scope.folder()) {
                files.add(scope.path());
                continue;
            }
            try {
                files.addAll(Corpus.files(scope.path(), root, problems));
            } catch (RuntimeException e) {
                problems.add(scope.where().uri(), scope.where().line(), "the articles in " + scope.path()
                    + " cannot be listed (" + e.getMessage() + ")");
            }
        }
        return new ArrayList<>(files);
    }

    private <T> T inPool(java.util.concurrent.Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the audit was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
