package io.factaudit.cli;

import io.factaudit.benchmark.CorpusGenerator;
import io.factaudit.benchmark.GeneratedCorpus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code generate --articles N --output DIR [--seed S]}: writes a generated archive of N articles with
 * their sidecars into {@code DIR/corpus} and two sheets over it, {@code DIR/benchmark.feature} and
 * {@code DIR/desk.feature}: an archive to try the Spark job on, or to audit on one machine
 * ({@code audit DIR}). The same N and seed always give the same archive.
 */
final class GenerateCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        String articles = Main.option(args, "--articles", null);
        String output = Main.option(args, "--output", null);
        if (articles == null || output == null || output.startsWith("--")) {
            throw new Main.UsageException("takes --articles N --output DIR [--seed S]");
        }
        int n = (int) whole("--articles", articles);
        if (n < 1) {
            throw new Main.UsageException("--articles takes a number of articles, at least 1, not " + articles);
        }
        String seed = Main.option(args, "--seed", null);
        long s = seed == null ? CorpusGenerator.DEFAULT_SEED : whole("--seed", seed);
        Path folder = root.resolve(output).normalize();
        long begins = System.nanoTime();
        GeneratedCorpus corpus = new CorpusGenerator(s).generate(folder, n);
        out.printf(Locale.ROOT, "generated %,d articles (%.1f MB, seed %d) in %.1f s into %s, with the sheets %s and %s%n",
            corpus.articles(), corpus.megabytes(), s, (System.nanoTime() - begins) / 1e9, root.relativize(corpus.folder()),
            root.relativize(folder.resolve(CorpusGenerator.SHEET)), root.relativize(folder.resolve(CorpusGenerator.DESK_SHEET)));
        return 0;
    }

    private static long whole(String option, String value) throws Main.UsageException {
        try {
            return Long.parseLong(value.replace(",", "").replace("_", "").strip());
        } catch (NumberFormatException e) {
            throw new Main.UsageException(option + " takes a whole number, not \"" + value + "\"");
        }
    }
}
