package io.factaudit.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a generated corpus was made from, written last beside it ({@code corpus.properties}), so a
 * corpus is reused only when it is complete and was made by the same phrasebook, size and seed.
 *
 * @param articles  how many articles
 * @param seed      the seed
 * @param generator a digest of the generator's phrasebook and sheet: a change regenerates the corpus
 * @param bytes     the size of the article files together
 */
record CorpusManifest(int articles, long seed, String generator, long bytes) {

    static final String FILE = "corpus.properties";

    boolean sameMaking(CorpusManifest other) {
        return articles == other.articles && seed == other.seed && generator.equals(other.generator);
    }

    void write(Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("articles", Integer.toString(articles));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("generator", generator);
        p.setProperty("bytes", Long.toString(bytes));
        try (Writer w = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "fact-audit benchmark corpus (io.factaudit.benchmark.CorpusGenerator)");
        }
    }

    /** The manifest in a folder, or none when it is missing or unreadable (the corpus is then made anew). */
    static Optional<CorpusManifest> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new CorpusManifest(Integer.parseInt(p.getProperty("articles")),
                Long.parseLong(p.getProperty("seed")), p.getProperty("generator", ""), Long.parseLong(p.getProperty("bytes"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
