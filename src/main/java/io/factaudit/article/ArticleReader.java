package io.factaudit.article;

import io.factaudit.input.InputException;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.time.LocalDate;

/**
 * Reads an article file into the text the audit reads, with its publication date: from its
 * sidecar, else from a dateline in its first lines, else none.
 */
public final class ArticleReader {

    /**
     * @param file        the article file
     * @param displayPath the path reported for it
     * @param problems    where problems with its sidecar are named
     * @throws InputException when the article cannot be read at all
     */
    public Article read(Path file, String displayPath, Problems problems) {
        String text = decode(file, displayPath);
        if (text.isBlank()) {
            throw new InputException(displayPath, 0, "the article is empty: there is nothing to audit");
        }
        LocalDate published = Sidecar.of(file)
            .flatMap(s -> Sidecar.published(s, sidecarPath(displayPath), problems))
            .or(() -> Dateline.find(text))
            .orElse(null);
        return new Article(displayPath, text, published, LineMap.of(text));
    }

    private static String sidecarPath(String displayPath) {
        int dot = displayPath.lastIndexOf('.');
        return (dot > displayPath.lastIndexOf('/') ? displayPath.substring(0, dot) : displayPath) + ".json";
    }

    private static String decode(Path file, String displayPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(displayPath, 0, "the article cannot be read (" + e.getMessage() + ")");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(displayPath, 0, "the article is not UTF-8 text: save it as UTF-8");
        }
    }
}
