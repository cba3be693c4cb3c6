package io.factaudit.benchmark;

import com.ibm.icu.text.BreakIterator;
import io.factaudit.article.ArticleReader;
import io.factaudit.input.Problems;
import io.factaudit.language.PlainTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * The floors under the audit: the least that reading the same articles costs, each measured in
 * the same run, on the same files, with as many threads as the audit: reading the files' bytes,
 * the project's article reader (decoding, sidecar, lines), ICU's sentence splitting and OpenNLP's
 * sentences and tokens. Each step includes the ones before it that it needs (the text is read
 * from the file every time), so a floor is what that much reading costs in all.
 */
public final class Floors {

    /** One floor: what it is and what it cost. */
    public record Floor(String name, long cpuNanos, long wallNanos, long units) {
    }

    private final int threads;

    Floors(int threads) {
        this.threads = threads;
    }

    List<Floor> measure(GeneratedCorpus corpus) {
        List<Path> files = articles(corpus.folder());
        ArticleReader reader = new ArticleReader();
        ToLongFunction<Path> bytes = f -> {
            try {
                return Files.readAllBytes(f).length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        ToLongFunction<Path> text = f -> reader.read(f, f.getFileName().toString(), new Problems()).text().length();
        ToLongFunction<Path> icu = f -> {
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            sentences.setText(reader.read(f, f.getFileName().toString(), new Problems()).text());
            long n = 0;
            while (sentences.next() != BreakIterator.DONE) {
                n++;
            }
            return n;
        };
        ToLongFunction<Path> tokens = f -> PlainTokens.count(reader.read(f, f.getFileName().toString(), new Problems()).text());
        return List.of(
            time("reading the files", files, bytes),
            time("the article reader", files, text),
            time("ICU sentences", files, icu),
            time("OpenNLP sentences + tokens", files, tokens));
    }

    private Floor time(String name, List<Path> files, ToLongFunction<Path> work) {
        LongAdder units = new LongAdder();
        ForkJoinPool pool = new ForkJoinPool(threads);
        long cpu = CpuClock.processNanos();
        long wall = System.nanoTime();
        try {
            pool.submit(() -> files.parallelStream().forEach(f -> units.add(work.applyAsLong(f)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the floors were interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a floor could not be measured: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return new Floor(name, CpuClock.processNanos() - cpu, System.nanoTime() - wall, units.sum());
    }

    private List<Path> articles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the articles in " + folder, e);
        }
    }
}
