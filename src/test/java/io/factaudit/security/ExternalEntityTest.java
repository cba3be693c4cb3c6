package io.factaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.ArticleReader;
import io.factaudit.input.InputException;
import io.factaudit.input.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity declarations in an article are text, never instructions to fetch another file. */
class ExternalEntityTest {

    private static final String SECRET = "the-secret-that-must-not-leak";

    @TempDir
    Path folder;

    @Test
    void should_never_resolve_an_external_entity_an_article_declares() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        String entity = "<!DOCTYPE article [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
        String body = "<p>About 3,000 North Korean troops &xxe; are in Russia.</p>\n";
        for (String name : new String[] {"story.html", "story.htm", "story.md", "story.txt", "story.xml.html"}) {
            Path article = folder.resolve(name);
            Files.writeString(article, entity + "<html><body>" + body + "</body></html>\n");

            String text = textOf(article);

            assertThat(text).as("the text read from %s", name).doesNotContain(SECRET).contains("North Korean troops");
        }
    }

    private static String textOf(Path file) {
        try {
            Article article = new ArticleReader().read(file, file.getFileName().toString(), new Problems());
            return article.text();
        } catch (InputException e) {
            return e.problem().message();
        }
    }
}
