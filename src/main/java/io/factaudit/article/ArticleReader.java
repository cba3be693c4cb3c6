package io.factaudit.article;

import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article file into the text the audit reads, with its publication date, whatever the
 * newsroom saved: plain text, Markdown or HTML; UTF-8 (with or without a byte order mark), UTF-16,
 * UTF-32, Windows-1252 or Latin-1; any line ends. Positions always point into the file as an editor
 * opens it.
 *
 * <p>The publication date comes, in this order, from the sidecar {@code <name>.json} beside the
 * article (what the newsroom's system recorded), from the article's own metadata (Markdown front
 * matter, HTML meta tags), or from a dateline in its first lines; otherwise the article is undated.
 *
 * <p>Only the first {@value #TEXT_LIMIT_MB} MB of a text or Markdown file, and the first
 * {@value #HTML_LIMIT_MB} MB of an HTML page (whose parsed tree takes some thirty times its size), are
 * read, so that one enormous export cannot exhaust the audit's memory; the rest is named as a problem.
 */
public final class ArticleReader {

    static final int TEXT_LIMIT_MB = 16;
    static final int HTML_LIMIT_MB = 4;

    private final int textLimit;
    private final int htmlLimit;

    public ArticleReader() {
        this(TEXT_LIMIT_MB * Megabytes.MB, HTML_LIMIT_MB * Megabytes.MB);
    }

    /** A reader with other size limits, in bytes (tests use small ones). */
    ArticleReader(int textLimit, int htmlLimit) {
        this.textLimit = textLimit;
        this.htmlLimit = htmlLimit;
    }

    /**
     * @param file        the article file
     * @param displayPath the path reported for it
     * @param problems    where problems that do not stop the article from being read are named
     * @throws InputException when the article cannot be read at all
     */
    public Article read(Path file, String displayPath, Problems problems) {
        Format format = Format.of(file);
        int limit = format == Format.HTML ? htmlLimit : textLimit;
        ArticleBytes raw = ArticleBytes.read(file, displayPath, limit);
        if (raw.bytes().length == 0) {
            throw new InputException(displayPath, 0, "the article is empty: there is nothing to audit; give it its"
                + " text, or remove the file");
        }
        BinaryContent.describe(raw.bytes()).ifPresent(kind -> {
            throw new InputException(displayPath, 0, "the article is not text: it is " + kind + "; export it as plain"
                + " text, Markdown or HTML");
        });
        Decoded decoded = ContentDecoder.decode(raw.wholeLines(), format == Format.HTML);
        String content = decoded.content();
        boolean truncated = raw.truncated();
        if (truncated) {
            content = content.substring(0, lastLineEnd(content, content.length()));
        }
        if (format == Format.TEXT && looksLikeHtml(content)) {
            format = Format.HTML;
            if (content.length() > htmlLimit) { // a page's tree takes far more memory than its text
                content = content.substring(0, lastLineEnd(content, htmlLimit));
                truncated = true;
                limit = htmlLimit;
            }
        }
        List<Problem> notes = new ArrayList<>();
        ArticleText read = switch (format) {
            case HTML -> HtmlText.read(content, displayPath, notes);
            case MARKDOWN -> MarkdownText.read(content, displayPath, notes);
            case TEXT -> TextBuilder.plain(content);
        };
        if (read.text().isBlank()) {
            throw new InputException(displayPath, 0, emptiness(format, content));
        }
        notes.addAll(fileNotes(decoded, content, displayPath));
        if (truncated) {
            notes.add(truncation(displayPath, content, raw.size(), limit));
        }
        notes.forEach(problems::add);
        LocalDate published = Sidecar.of(file)
            .flatMap(s -> Sidecar.published(s, sidecarPath(displayPath), problems))
            .or(() -> Optional.ofNullable(read.declared()))
            .or(() -> Dateline.find(read.text()))
            .orElse(null);
        return new Article(displayPath, read.text(), published, read.lines());
    }

    private enum Format {
        TEXT, MARKDOWN, HTML;

        static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
                return HTML;
            }
            return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : TEXT;
        }
    }

    /** Problems with the file as a whole that did not stop it from being read. */
    private static List<Problem> fileNotes(Decoded decoded, String content, String displayPath) {
        List<Problem> notes = new ArrayList<>();
        LineMap lines = null;
        if (decoded.foreignBytes() > 0) {
            lines = LineMap.of(content);
            int line = lines.contentPosition(decoded.firstForeign()).line();
            notes.add(new Problem(displayPath, line, decoded.mixed()
                ? "the article is UTF-8 except for " + count(decoded.foreignBytes(), "byte") + " (the first on this line),"
                    + " read as Windows-1252: save the file as UTF-8 so that every character is what it should be"
                : "the article is not UTF-8; it was read as Windows-1252 (Latin-1), from the first accented or special"
                    + " character on this line: if a character looks wrong, save the file as UTF-8"));
        }
        ControlCharacters controls = ControlCharacters.in(content);
        if (controls.count() > 0) {
            lines = lines == null ? LineMap.of(content) : lines;
            notes.add(new Problem(displayPath, lines.contentPosition(controls.first()).line(), "the article holds "
                + count(controls.count(), "control character") + " (NUL bytes or the like, the first on this line),"
                + " which were ignored: they come from a broken export; save the article again as plain text"));
        }
        return notes;
    }

    private static Problem truncation(String displayPath, String content, long size, int limit) {
        int lastLine = LineMap.of(content).contentPosition(Math.max(0, content.length() - 1)).line();
        return new Problem(displayPath, lastLine, "the article is " + Megabytes.of(size) + ", more than the "
            + Megabytes.of(limit) + " the audit reads of one file; it was audited up to this line only: split it into"
            + " one file per article");
    }

    private static String emptiness(Format format, String content) {
        if (content.isBlank()) {
            return "the article holds only blank space: there is nothing to audit; give it its text, or remove the file";
        }
        return switch (format) {
            case HTML -> "the page holds no text a reader would see (only markup, scripts, styles or comments):"
                + " there is nothing to audit; export the article's text, or remove the file";
            case MARKDOWN -> "the article holds only front matter or markup: there is nothing to audit; give it its"
                + " text, or remove the file";
            case TEXT -> "the article holds only blank space and invisible characters: there is nothing to audit;"
                + " give it its text, or remove the file";
        };
    }

    /** Where the content is cut, at most at {@code max}: after its last line end, or at {@code max} when there is none. */
    private static int lastLineEnd(String content, int max) {
        for (int i = max - 1; i >= 0; i--) {
            if (content.charAt(i) == '\n' || content.charAt(i) == '\r') {
                return i + 1;
            }
        }
        return max > 0 && Character.isHighSurrogate(content.charAt(max - 1)) ? max - 1 : max;
    }

    /** An HTML page saved with another extension. */
    private static boolean looksLikeHtml(String content) {
        int i = 0;
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        String head = content.substring(i, Math.min(content.length(), i + 14)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String sidecarPath(String displayPath) {
        int dot = displayPath.lastIndexOf('.');
        return (dot > displayPath.lastIndexOf('/') ? displayPath.substring(0, dot) : displayPath) + ".json";
    }
}
