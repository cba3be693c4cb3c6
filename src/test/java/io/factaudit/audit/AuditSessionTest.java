package io.factaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.baseline.Acknowledgements;
import io.factaudit.claim.Claim;
import io.factaudit.claim.ClaimReader;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditReport;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader that fails on one article is named as a problem of that article; every other article is audited. */
class AuditSessionTest {

    /** A claim reader with a defect that shows on one article only. */
    private static final ClaimReader FAILS_ON_ONE_ARTICLE = (document, facts) -> {
        if (document.text().contains("trips the reader")) {
            throw new IndexOutOfBoundsException("Index 7 out of bounds for length 7");
        }
        return List.<Claim>of();
    };

    @TempDir
    Path root;

    private List<ScenarioFacts> scenarios;
    private Problems problems;
    private AuditSession session;

    @BeforeEach
    void project() throws IOException {
        write("features/troops.feature", """
            Feature: Troops
              Background:
                Given the articles in "../articles"
                And these names:
                  | name                | also written as |
                  | North Korean troops | DPRK troops     |
                  | South Korea         | Seoul           |

              Scenario: Estimates
                Given these estimates of "North Korean troops":
                  | source      | as of      | count       |
                  | South Korea | 2024-10-23 | about 3,000 |
                Then every article agrees with these facts
            """);
        write("articles/a.txt", "October 24, 2024\nAbout 3,000 North Korean troops are in Russia, Seoul said.\n");
        write("articles/b.txt", "October 24, 2024\nThis one trips the reader: 3,000 North Korean troops.\n");
        write("articles/c.txt", "October 25, 2024\nSeoul said 50,000 North Korean troops were in Russia.\n");
        problems = new Problems();
        scenarios = new FactSheetReader(root).readAll(root.resolve("features"), problems);
        List<ClaimReader> readers = new ArrayList<>(Kinds.readers());
        readers.add(FAILS_ON_ONE_ARTICLE);
        session = new AuditSession(root, new Auditor(readers, Kinds.checks()), Acknowledgements.none(), problems, 2);
    }

    @Test
    void should_name_the_article_a_reader_fails_on_and_audit_the_others() {
        session.checkAll(scenarios);
        AuditReport report = session.report();

        assertThat(report.articles()).extracting(a -> a.article().path()).containsExactly("articles/a.txt", "articles/c.txt");
        assertThat(report.findings()).as("the other articles are judged").isNotEmpty();
        assertThat(report.problems()).singleElement().satisfies(AuditSessionTest::namesTheDefect);
    }

    @Test
    void should_stream_every_other_article_when_a_reader_fails_on_one() {
        List<String> streamed = Collections.synchronizedList(new ArrayList<>());

        session.stream(scenarios, audit -> streamed.add(audit.article().path()));

        assertThat(streamed).containsExactlyInAnyOrder("articles/a.txt", "articles/c.txt");
        assertThat(problems.all()).singleElement().satisfies(AuditSessionTest::namesTheDefect);
    }

    private static void namesTheDefect(Problem p) {
        assertThat(p.format()).isEqualTo("articles/b.txt: problem: the article could not be audited against \"Estimates\""
            + " (java.lang.IndexOutOfBoundsException: Index 7 out of bounds for length 7): this is a defect of the audit,"
            + " not of the article; please report it with the article. The rest of the audit goes on");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
