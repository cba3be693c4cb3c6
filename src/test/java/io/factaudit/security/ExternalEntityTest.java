package io.factaudit.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.factaudit.article.Article;
import io.factaudit.article.ArticleReader;
import io.factaudit.input.InputException;
import io.factaudit.input.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity declarations in an article are text, never instructions to fetch another file: the audit
 * reads HTML with jsoup's HTML parser, which resolves no external entity, and parses no XML.
 */
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

    @Test
    void should_parse_no_xml() {
        DescribedPredicate<JavaMethodCall> xmlParser = DescribedPredicate.describe("choose jsoup's XML parser",
            call -> call.getTargetOwner().isEquivalentTo(Parser.class) && call.getName().equals("xmlParser"));
        var engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.factaudit");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.xml.sax..", "org.w3c.dom..",
                "org.apache.xerces..", "com.fasterxml.jackson.dataformat.xml..")
            .orShould().callMethodWhere(xmlParser)
            .because("XML parsers resolve external entities unless told not to; if XML must be read, refuse"
                + " DOCTYPE declarations (disallow-doctype-decl) and add a test here that an entity is not resolved")
            .check(engine);
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
