package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Invented articles about a ferry rescue, written in a temporary folder with a sheet of names only. */
final class FerryCorpus {

    private static final String SHEET = """
        Feature: The Skarra ferry rescue

          Background:
            Given the articles in "articles"
            And these names:
              | name               | also written as                                |
              | rescued passengers | passengers rescued, passengers, people rescued |
              | Coast Guard        | the coast guard, Ilse Varn                     |
              | Harbour Board      | the harbour board                              |
        """;

    private FerryCorpus() {
    }

    /**
     * One article per date (a key starting "undated" is an article with no date), each under the same
     * headline, drafted with the sheet's names only.
     */
    static Draft draft(Path folder, Map<String, String> bodies) throws IOException {
        Files.writeString(folder.resolve("ferry.feature"), SHEET);
        Path articles = Files.createDirectories(folder.resolve("articles"));
        int n = 0;
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            n++;
            if (!body.getKey().startsWith("undated")) {
                Files.writeString(articles.resolve("a" + n + ".json"), "{\"published\": \"" + body.getKey() + "\"}");
            }
            Files.writeString(articles.resolve("a" + n + ".txt"), "Rescue goes on off the cape\n\n" + body.getValue() + "\n");
        }
        // an earlier article, so the counted subject has figures enough to be found among the names
        Files.writeString(articles.resolve("z.json"), "{\"published\": \"2033-05-08\"}");
        Files.writeString(articles.resolve("z.txt"), "Ferry sinks\n\nThe Coast Guard said on Sunday that 90 passengers"
            + " had been rescued.\n\nBy the evening 120 passengers had been rescued, the coast guard said.\n");
        Problems problems = new Problems();
        Draft draft = new Drafter(folder).fromSheet(folder.resolve("ferry.feature"), true, problems);
        assertThat(problems.all()).isEmpty();
        return draft;
    }

}
