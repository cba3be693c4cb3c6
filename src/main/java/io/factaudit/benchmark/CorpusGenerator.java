package io.factaudit.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus: news articles about North Korea's troops in Russia (3 to 8 KB each,
 * built from the phrasebook's templates), each with a sidecar giving its publication date between
 * October and December 2024, and beside the articles' folder the fact sheet that audits them.
 * The output depends only on the seed and the number of articles: article i is written from its
 * own random stream, so articles can be written in parallel and come out the same.
 *
 * <pre>
 * folder/
 *   benchmark.feature     the fact sheet (Given the articles in "corpus")
 *   desk.feature          a second, smaller sheet over the same articles (an archive with two sheets)
 *   corpus/a00000.txt     the articles, each with a00000.json beside it
 *   corpus.properties     what the corpus was made from, written last
 * </pre>
 */
public final class CorpusGenerator {

    public static final int DEFAULT_ARTICLES = 10_000;
    public static final long DEFAULT_SEED = 20_241_104L;
    public static final String SHEET = "benchmark.feature";
    /** A second sheet over the same articles, for what needs an archive with more than one sheet. */
    public static final String DESK_SHEET = "desk.feature";
    public static final String ARTICLES = "corpus";

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 10, 1);
    private static final int DAYS = 92; // October 1 to December 31
    private static final List<String> OUTLETS = List.of("The Daily Ledger", "Northern Courier", "Evening Standard Wire",
        "Global Affairs Weekly", "Capital Tribune", "The Morning Dispatch", "Asia Desk", "Frontline Report");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Change it when the way articles are put together changes, so that corpora written before are not reused. */
    private static final String WRITER_VERSION = "1";

    private final long seed;
    private final int kilobytes;
    private final Phrasebook phrasebook;
    private final ArticleWriter writer;

    public CorpusGenerator(long seed) {
        this(seed, 0);
    }

    /**
     * @param seed      the seed every article's random stream is drawn from
     * @param kilobytes the size of every article, about (within 10%); 0 for the standard 3 to 8 KB
     */
    public CorpusGenerator(long seed, int kilobytes) {
        if (kilobytes < 0) {
            throw new IllegalArgumentException("an article cannot be " + kilobytes + " KB");
        }
        this.seed = seed;
        this.kilobytes = kilobytes;
        this.phrasebook = Phrasebook.standard();
        this.writer = new ArticleWriter(phrasebook);
    }

    /** The corpus already in a folder, when it is complete and was generated with this size and seed. */
    public Optional<GeneratedCorpus> existing(Path folder, int articles) {
        CorpusManifest wanted = new CorpusManifest(articles, seed, generatorDigest(), 0);
        return CorpusManifest.read(folder)
            .filter(m -> m.sameMaking(wanted))
            .filter(m -> Files.isRegularFile(folder.resolve(SHEET)) && Files.isRegularFile(folder.resolve(DESK_SHEET))
                && Files.isDirectory(folder.resolve(ARTICLES)))
            .map(m -> corpus(folder, articles, m.bytes()));
    }

    /** Writes the corpus into a folder, replacing a corpus written there before. */
    public GeneratedCorpus generate(Path folder, int articles) throws IOException {
        if (articles < 1) {
            throw new IllegalArgumentException("a corpus needs at least one article, not " + articles);
        }
        Path corpus = folder.resolve(ARTICLES);
        Files.deleteIfExists(folder.resolve(CorpusManifest.FILE));
        deleteFolder(corpus);
        Files.createDirectories(corpus);
        Files.writeString(folder.resolve(SHEET), resource(SHEET), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(DESK_SHEET), resource(DESK_SHEET), StandardCharsets.UTF_8);
        int width = Math.max(5, Integer.toString(articles - 1).length());
        LongAdder bytes = new LongAdder();
        try {
            IntStream.range(0, articles).parallel().forEach(i -> bytes.add(writeArticle(corpus, i, width)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        new CorpusManifest(articles, seed, generatorDigest(), bytes.sum()).write(folder);
        return corpus(folder, articles, bytes.sum());
    }

    private GeneratedCorpus corpus(Path folder, int articles, long bytes) {
        return new GeneratedCorpus(folder.resolve(SHEET), folder.resolve(ARTICLES), articles, seed, bytes);
    }

    /** Writes article i and its sidecar; returns the article's size in bytes. */
    private long writeArticle(Path corpus, int i, int width) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        ArticleWriter.Written article = writer.write(random, published, kilobytes);
        String name = "a" + String.format(Locale.ROOT, "%0" + width + "d", i);
        ObjectNode sidecar = JSON.createObjectNode();
        sidecar.put("published", published.toString());
        sidecar.put("outlet", OUTLETS.get(random.nextInt(OUTLETS.size())));
        sidecar.put("title", article.headline());
        byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(corpus.resolve(name + ".txt"), text);
            Files.writeString(corpus.resolve(name + ".json"), JSON.writeValueAsString(sidecar), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.length;
    }

    /** Changes whenever the phrasebook, the sheet or the articles' size changes, so that a stale corpus is not reused. */
    private String generatorDigest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(WRITER_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update(resource("phrasebook.txt").getBytes(StandardCharsets.UTF_8));
            sha.update(resource(SHEET).getBytes(StandardCharsets.UTF_8));
            sha.update(resource(DESK_SHEET).getBytes(StandardCharsets.UTF_8));
            String digest = HexFormat.of().formatHex(sha.digest(), 0, 8);
            return kilobytes == 0 ? digest : digest + "-" + kilobytes + "kb";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path beside " + CorpusGenerator.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
