package io.factaudit.benchmark;

import java.nio.file.Path;

/**
 * A generated benchmark corpus on disk.
 *
 * @param sheet    the fact sheet that audits it ({@code benchmark.feature})
 * @param folder   the folder of the articles and their sidecars
 * @param articles how many articles it holds
 * @param seed     the seed it was generated from
 * @param bytes    the size of the article files together (sidecars aside)
 */
public record GeneratedCorpus(Path sheet, Path folder, int articles, long seed, long bytes) {

    public double megabytes() {
        return bytes / 1_000_000.0;
    }
}
