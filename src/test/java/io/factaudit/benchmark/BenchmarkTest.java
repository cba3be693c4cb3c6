package io.factaudit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void should_stream_every_generated_article_through_the_audit_and_count_what_it_finds() throws IOException {
        GeneratedCorpus corpus = new CorpusGenerator(2024).generate(tmp, 50);

        BenchmarkResult result = new Benchmark(tmp, 2).run(corpus);

        assertThat(result.articles()).isEqualTo(50);
        assertThat(result.problems()).isZero();
        assertThat(result.claims()).containsKey("count");
        assertThat(result.claims().get("count")).isGreaterThan(50);
        assertThat(result.findings().values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(result.heap().max()).isPositive();
    }

    @Test
    void should_find_the_same_things_whatever_the_number_of_threads() throws IOException {
        GeneratedCorpus corpus = new CorpusGenerator(99).generate(tmp, 20);

        BenchmarkResult one = new Benchmark(tmp, 1).run(corpus);
        BenchmarkResult two = new Benchmark(tmp, 2).run(corpus);

        assertThat(two.fingerprint()).isEqualTo(one.fingerprint());
        assertThat(two.claims()).isEqualTo(one.claims());
        assertThat(two.findings()).isEqualTo(one.findings());
    }
}
