package io.factaudit.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The committed corpus of messy exports (src/test/resources/messy, described in its README): every
 * readable article yields the same text a clean one would, with the right date and position, and
 * every problem is named once, with its file and line.
 */
class MessyCorpusTest {

    private static final String CLAIM = "3,000 North Korean troops";

    @Test
    void should_read_every_messy_article_and_name_every_problem_once() throws URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(getClass().getResource("/messy")).toURI());
        Problems problems = new Problems();
        List<String> read = new ArrayList<>();
        for (Path file : Corpus.files(folder, problems)) {
            String shown = "messy/" + folder.relativize(file).toString().replace('\\', '/');
            try {
                Article article = new ArticleReader().read(file, shown, problems);
                int claim = article.text().lastIndexOf("said about " + CLAIM) + "said about ".length();
                assertThat(claim).as(shown).isGreaterThanOrEqualTo("said about ".length());
                read.add(shown + " " + article.published() + " " + article.positionOf(claim));
            } catch (InputException e) {
                problems.add(e.problem());
            }
        }

        assertThat(read).containsExactly(
            "messy/bom-utf8.txt 2024-10-24 TextPosition[line=3, column=37]",
            "messy/cp1252.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/crlf.txt 2024-10-25 TextPosition[line=4, column=37]",
            "messy/front-matter.md 2024-10-24 TextPosition[line=10, column=39]",
            "messy/invisible.txt 2024-10-25 TextPosition[line=3, column=38]",
            "messy/latin1.txt 2024-10-25 TextPosition[line=4, column=66]",
            "messy/lone-cr.txt 2024-10-25 TextPosition[line=4, column=37]",
            "messy/mixed-encoding.txt 2024-10-25 TextPosition[line=3, column=37]",
            "messy/nul-bytes.txt 2024-10-24 TextPosition[line=3, column=37]",
            "messy/page.html 2024-10-24 TextPosition[line=15, column=49]",
            "messy/sidecar-empty.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/sidecar-impossible-date.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/sidecar-malformed.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/sidecar-not-object.txt null TextPosition[line=3, column=37]",
            "messy/sidecar-polymorphic.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/sidecar-unknown-fields.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/sidecar-wrong-type.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/utf16-no-bom.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/utf16be.txt 2024-10-24 TextPosition[line=4, column=37]",
            "messy/utf16le.txt 2024-10-24 TextPosition[line=4, column=37]");
        assertThat(problems.all()).extracting(Problem::format).containsExactly(
            "messy/binary.txt: problem: the article is not text: it is an image; export it as plain text, Markdown or HTML",
            "messy/cp1252.txt:1: problem: the article is not UTF-8; it was read as Windows-1252 (Latin-1), from the first"
                + " accented or special character on this line: if a character looks wrong, save the file as UTF-8",
            "messy/empty.txt: problem: the article is empty: there is nothing to audit; give it its text, or remove the file",
            "messy/latin1.txt:1: problem: the article is not UTF-8; it was read as Windows-1252 (Latin-1), from the first"
                + " accented or special character on this line: if a character looks wrong, save the file as UTF-8",
            "messy/mixed-encoding.txt:4: problem: the article is UTF-8 except for 1 byte (the first on this line), read as"
                + " Windows-1252: save the file as UTF-8 so that every character is what it should be",
            "messy/nul-bytes.txt:3: problem: the article holds 2 control characters (NUL bytes or the like, the first on"
                + " this line), which were ignored: they come from a broken export; save the article again as plain text",
            "messy/sidecar-empty.json: problem: the sidecar is empty: write {\"published\": \"2024-10-23\"} in it, or"
                + " remove it; the date is taken from the article itself, if it gives one",
            "messy/sidecar-impossible-date.json:2: problem: \"published\" is \"2024-13-45\", which is not a date (there is"
                + " no month 13): write it as YYYY-MM-DD, like 2024-10-23; the date is taken from the article itself, if"
                + " it gives one",
            "messy/sidecar-malformed.json:3: problem: the sidecar is not valid JSON (unexpected character ('}' (code"
                + " 125)): was expecting double-quote to start field name, at column 1): fix it, for example"
                + " {\"published\": \"2024-10-23\"}; until then the date is taken from the article itself, if it gives one",
            "messy/sidecar-not-object.json:1: problem: the sidecar is a list, not a JSON object: write {\"published\":"
                + " \"2024-10-23\"}; the date is taken from the article itself, if it gives one",
            "messy/sidecar-polymorphic.json:2: problem: the sidecar field \"@class\" is not one the audit reads"
                + " (published, outlet, title, url); it is ignored",
            "messy/sidecar-polymorphic.json:3: problem: \"published\" must be a date in quotes, like \"2024-10-23\", but"
                + " it is a list; the date is taken from the article itself, if it gives one",
            "messy/sidecar-unknown-fields.json:1: problem: the sidecar fields \"author\", \"tags\", \"wordcount\" are not"
                + " ones the audit reads (published, outlet, title, url); they are ignored",
            "messy/sidecar-wrong-type.json:2: problem: \"published\" must be a date in quotes, like \"2024-10-23\", but"
                + " it is the number 20241024; the date is taken from the article itself, if it gives one");
    }
}
