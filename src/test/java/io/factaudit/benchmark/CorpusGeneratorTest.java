package io.factaudit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factaudit.input.Problems;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void should_write_the_same_corpus_for_the_same_seed_and_another_for_another_seed() throws IOException {
        new CorpusGenerator(7).generate(tmp.resolve("one"), 12);
        new CorpusGenerator(7).generate(tmp.resolve("two"), 12);
        new CorpusGenerator(8).generate(tmp.resolve("three"), 12);

        for (Path file : files(tmp.resolve("one/corpus"))) {
            Path twin = tmp.resolve("two/corpus").resolve(file.getFileName());
            assertThat(twin).hasSameBinaryContentAs(file);
        }
        assertThat(Files.readString(tmp.resolve("three/corpus/a00003.txt")))
            .isNotEqualTo(Files.readString(tmp.resolve("one/corpus/a00003.txt")));
    }

    @Test
    void should_write_every_article_with_a_sidecar_dated_in_the_last_quarter_of_2024() throws IOException {
        GeneratedCorpus corpus = new CorpusGenerator(3).generate(tmp, 40);

        List<Path> articles = files(corpus.folder()).stream().filter(p -> p.toString().endsWith(".txt")).toList();
        assertThat(articles).hasSize(40);
        long bytes = 0;
        for (Path article : articles) {
            bytes += Files.size(article);
            assertThat(Files.size(article)).isBetween(3_000L, 8_000L);
            Path sidecar = article.resolveSibling(article.getFileName().toString().replace(".txt", ".json"));
            LocalDate published = LocalDate.parse(JSON.readTree(sidecar.toFile()).get("published").asText());
            assertThat(published).isBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31));
        }
        assertThat(corpus.bytes()).isEqualTo(bytes);
        assertThat(corpus.articles()).isEqualTo(40);
    }

    @Test
    void should_write_articles_in_several_paragraphs_with_varied_sentences() throws IOException {
        GeneratedCorpus corpus = new CorpusGenerator(5).generate(tmp, 5);

        String text = Files.readString(corpus.folder().resolve("a00000.txt"));
        List<String> paragraphs = text.lines().filter(l -> !l.isBlank()).toList();
        assertThat(paragraphs).hasSizeGreaterThan(4);
        List<String> sentences = List.of(text.split("(?<=[.?!\u201d\"])\\s+"));
        assertThat(sentences).doesNotHaveDuplicates();
    }

    @Test
    void should_write_a_sheet_that_reads_without_problems_and_audits_the_corpus() throws IOException {
        GeneratedCorpus corpus = new CorpusGenerator(11).generate(tmp, 3);

        Problems problems = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(tmp).read(corpus.sheet(), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(scenarios).isNotEmpty();
        assertThat(scenarios).allSatisfy(s -> assertThat(s.scopes()).singleElement()
            .satisfies(scope -> assertThat(scope.path().toAbsolutePath().normalize())
                .isEqualTo(corpus.folder().toAbsolutePath().normalize())));
        assertThat(scenarios.stream().mapToInt(s -> s.facts().estimates().size()).sum()).isPositive();
    }

    @Test
    void should_reuse_a_corpus_only_when_it_has_the_same_size_and_seed() throws IOException {
        new CorpusGenerator(21).generate(tmp, 4);

        assertThat(new CorpusGenerator(21).existing(tmp, 4)).isPresent();
        assertThat(new CorpusGenerator(21).existing(tmp, 5)).isEmpty();
        assertThat(new CorpusGenerator(22).existing(tmp, 4)).isEmpty();
    }

    @Test
    void should_replace_the_articles_of_a_larger_corpus_written_before() throws IOException {
        new CorpusGenerator(21).generate(tmp, 9);
        GeneratedCorpus smaller = new CorpusGenerator(21).generate(tmp, 4);

        assertThat(files(smaller.folder())).hasSize(8);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
