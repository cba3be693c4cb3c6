package io.factaudit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text articles in every encoding and shape a newsroom's exports come in. */
class ArticleReaderTest {

    private static final String STORY = "Seoul says about 3,000 North Korean troops are in Russia.";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void should_read_plain_utf8_text_with_positions_in_the_file() throws IOException {
        Article article = read("a.txt", ("Headline\n" + STORY + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(article.text()).isEqualTo("Headline\n" + STORY + "\n");
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(2, 24));
        assertThat(article.path()).isEqualTo("corpus/a.txt");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_refuse_an_empty_article() {
        assertThatThrownBy(() -> read("empty.txt", new byte[0]))
            .isInstanceOf(InputException.class)
            .hasMessage("corpus/empty.txt: problem: the article is empty: there is nothing to audit; give it its text,"
                + " or remove the file");
    }

    @Test
    void should_refuse_an_article_of_blank_space() {
        assertThatThrownBy(() -> read("blank.txt", " \r\n\t \n\u00a0\n".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(InputException.class)
            .hasMessage("corpus/blank.txt: problem: the article holds only blank space and invisible characters: there"
                + " is nothing to audit; give it its text, or remove the file");
    }

    @Test
    void should_refuse_binary_data_without_reading_it_as_text() {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 31 % 7);
        }
        assertThatThrownBy(() -> read("photo.txt", noise))
            .isInstanceOf(InputException.class)
            .hasMessage("corpus/photo.txt: problem: the article is not text: it is binary data; export it as plain text,"
                + " Markdown or HTML");
    }

    @Test
    void should_name_a_pdf_saved_as_an_article() {
        assertThatThrownBy(() -> read("story.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)))
            .hasMessage("corpus/story.txt: problem: the article is not text: it is a PDF document; export it as plain"
                + " text, Markdown or HTML");
    }

    @Test
    void should_drop_stray_nul_bytes_keep_positions_and_name_the_first() throws IOException {
        Article article = read("nul.txt", ("Headline\nSeoul says about 3,000\0 North\0 Korean troops are in Russia.\n")
            .getBytes(StandardCharsets.UTF_8));

        assertThat(article.text()).isEqualTo("Headline\nSeoul says about 3,000 North Korean troops are in Russia.\n");
        assertThat(positionOf(article, "Korean")).isEqualTo(new TextPosition(2, 32));
        assertThat(messages()).containsExactly("corpus/nul.txt:2: problem: the article holds 2 control characters (NUL"
            + " bytes or the like, the first on this line), which were ignored: they come from a broken export; save"
            + " the article again as plain text");
    }

    @Test
    void should_read_utf8_with_a_byte_order_mark_without_counting_the_mark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Article article = read("bom.txt", concat(bom, STORY.getBytes(StandardCharsets.UTF_8)));

        assertThat(article.text()).isEqualTo(STORY);
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(1, 24));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_read_utf16_little_endian_with_its_mark() throws IOException {
        Article article = read("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            ("Kyiv \u2014 Ukraine\r\n" + STORY).getBytes(StandardCharsets.UTF_16LE)));

        assertThat(article.text()).isEqualTo("Kyiv \u2014 Ukraine\r\n" + STORY);
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(2, 24));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_read_utf16_big_endian_with_its_mark() throws IOException {
        Article article = read("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
            ("Kyiv\n" + STORY).getBytes(StandardCharsets.UTF_16BE)));

        assertThat(article.text()).isEqualTo("Kyiv\n" + STORY);
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(2, 24));
    }

    @Test
    void should_recognize_utf16_without_a_mark_by_its_zero_bytes() throws IOException {
        Article article = read("nomark.txt", ("Kyiv\n" + STORY).getBytes(StandardCharsets.UTF_16LE));

        assertThat(article.text()).isEqualTo("Kyiv\n" + STORY);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_read_utf32_with_its_mark() throws IOException {
        Article article = read("wide.txt", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
            STORY.getBytes(Charset.forName("UTF-32BE"))));

        assertThat(article.text()).isEqualTo(STORY);
    }

    @Test
    void should_read_windows_1252_smart_quotes_and_dashes_and_say_so() throws IOException {
        String text = "Headline\nSeoul said \u201c3,000 North Korean troops\u201d \u2014 not more \u2013 were sent.\n";
        Article article = read("cp1252.txt", text.getBytes(Charset.forName("windows-1252")));

        assertThat(article.text()).isEqualTo(text);
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(2, 19));
        assertThat(messages()).containsExactly("corpus/cp1252.txt:2: problem: the article is not UTF-8; it was read as"
            + " Windows-1252 (Latin-1), from the first accented or special character on this line: if a character looks"
            + " wrong, save the file as UTF-8");
    }

    @Test
    void should_read_latin1_accents() throws IOException {
        String text = "Pr\u00e9sident Zelensky: 3,000 North Korean troops, a d\u00e9ploiement confirm\u00e9.";
        Article article = read("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(article.text()).isEqualTo(text);
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(1, 27));
        assertThat(problems.all()).extracting(Problem::line).containsExactly(1);
    }

    @Test
    void should_keep_utf8_characters_when_a_few_bytes_are_not_utf8() throws IOException {
        byte[] utf8 = "Erdo\u011fan: 3,000 North Korean troops\n".getBytes(StandardCharsets.UTF_8);
        byte[] pasted = "Kyiv \u2019s count\n".getBytes(Charset.forName("windows-1252"));
        Article article = read("mixed.txt", concat(utf8, pasted));

        assertThat(article.text()).isEqualTo("Erdo\u011fan: 3,000 North Korean troops\nKyiv \u2019s count\n");
        assertThat(messages()).containsExactly("corpus/mixed.txt:2: problem: the article is UTF-8 except for 1 byte (the"
            + " first on this line), read as Windows-1252: save the file as UTF-8 so that every character is what it"
            + " should be");
    }

    @Test
    void should_drop_zero_width_characters_so_names_match_while_positions_stay_in_the_file() throws IOException {
        String file = "Intro\n\u200bSeoul says 3,000 Nor\u200bth\u00a0Korean\u2060 troops\u00ad are there.";
        Article article = read("zw.txt", file.getBytes(StandardCharsets.UTF_8));

        assertThat(article.text()).isEqualTo("Intro\nSeoul says 3,000 North Korean troops are there.");
        assertThat(positionOf(article, "Seoul")).isEqualTo(new TextPosition(2, 2));
        assertThat(positionOf(article, "Korean")).isEqualTo(new TextPosition(2, 26));
        assertThat(positionOf(article, "troops")).isEqualTo(new TextPosition(2, 34));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_compose_letters_and_combining_accents() throws IOException {
        Article article = read("nfd.txt", "Erdog\u0306an said 3,000 North Korean troops".getBytes(StandardCharsets.UTF_8));

        assertThat(article.text()).isEqualTo("Erdo\u011fan said 3,000 North Korean troops");
        assertThat(positionOf(article, "said")).isEqualTo(new TextPosition(1, 10));
    }

    @Test
    void should_read_an_html_page_saved_as_text_as_html() throws IOException {
        Article article = read("page.txt", ("<!DOCTYPE html>\n<p>" + STORY + "</p>").getBytes(StandardCharsets.UTF_8));

        assertThat(article.text()).isEqualTo(STORY);
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(2, 27));
    }

    @Test
    void should_take_the_date_from_the_sidecar_before_the_dateline() throws IOException {
        Files.writeString(corpus().resolve("dated.json"), "{\"published\": \"2024-10-25\"}");
        Article article = read("dated.txt", ("Thursday, October 24, 2024\n\n" + STORY).getBytes(StandardCharsets.UTF_8));

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 25));
    }

    @Test
    void should_take_the_date_from_the_dateline_without_a_sidecar() throws IOException {
        Article article = read("dateline.txt", ("Headline\nOct. 23, 2024\n\n" + STORY).getBytes(StandardCharsets.UTF_8));

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 23));
    }

    @Test
    void should_take_the_dateline_when_the_sidecar_date_is_broken() throws IOException {
        Files.writeString(corpus().resolve("broken.json"), "{\"published\": \"2024-13-45\"}");
        Article article = read("broken.txt", ("23 October 2024\n" + STORY).getBytes(StandardCharsets.UTF_8));

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(messages()).containsExactly("corpus/broken.json:1: problem: \"published\" is \"2024-13-45\", which is"
            + " not a date (there is no month 13): write it as YYYY-MM-DD, like 2024-10-23; the date is taken from the"
            + " article itself, if it gives one");
    }

    @Test
    void should_leave_an_article_without_any_date_undated() throws IOException {
        Article article = read("undated.txt", STORY.getBytes(StandardCharsets.UTF_8));

        assertThat(article.published()).isNull();
    }

    @Test
    void should_name_a_file_that_cannot_be_read() throws IOException {
        Files.createDirectories(corpus().resolve("folder.txt"));

        assertThatThrownBy(() -> new ArticleReader().read(corpus().resolve("folder.txt"), "corpus/folder.txt", problems))
            .isInstanceOf(InputException.class)
            .hasMessage("corpus/folder.txt: problem: the article cannot be read: it is a folder, not a file");
    }

    @Test
    void should_name_a_file_without_permission_to_read() throws IOException {
        Path file = corpus().resolve("secret.txt");
        Files.writeString(file, STORY);
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file),
            "permissions are not enforced for this user");

        assertThatThrownBy(() -> new ArticleReader().read(file, "corpus/secret.txt", problems))
            .isInstanceOf(InputException.class)
            .hasMessage("corpus/secret.txt: problem: the article cannot be read (permission denied): make the file"
                + " readable to the audit, or move it out of the folder");
    }

    @Test
    void should_name_a_missing_file() {
        assertThatThrownBy(() -> new ArticleReader().read(dir.resolve("gone.txt"), "corpus/gone.txt", problems))
            .hasMessage("corpus/gone.txt: problem: the article cannot be read (it does not exist): make the file"
                + " readable to the audit, or move it out of the folder");
    }

    private Article read(String name, byte[] bytes) throws IOException {
        Path file = corpus().resolve(name);
        Files.write(file, bytes);
        return new ArticleReader().read(file, "corpus/" + name, problems);
    }

    private Path corpus() throws IOException {
        return Files.createDirectories(dir.resolve("corpus"));
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }

    static TextPosition positionOf(Article article, String word) {
        int at = article.text().indexOf(word);
        assertThat(at).as("\"%s\" in the text", word).isGreaterThanOrEqualTo(0);
        return article.positionOf(at);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
