package io.factaudit.article;

import io.factaudit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of an article file, read up to a limit so that one enormous file cannot exhaust the
 * audit's memory: only the first {@code limit} bytes are held, however large the file.
 *
 * @param bytes     the bytes read (at most the limit)
 * @param size      the file's size in bytes
 * @param truncated whether the file holds more than was read
 */
record ArticleBytes(byte[] bytes, long size, boolean truncated) {

    static ArticleBytes read(Path file, String displayPath, int limit) {
        if (Files.isDirectory(file)) {
            throw new InputException(displayPath, 0, "the article cannot be read: it is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] bytes = in.readNBytes(limit);
            boolean truncated = bytes.length == limit && (size > limit || in.read() >= 0);
            return new ArticleBytes(bytes, Math.max(size, bytes.length), truncated);
        } catch (IOException e) {
            throw new InputException(displayPath, 0, "the article cannot be read (" + ReadFailure.reason(e)
                + "): make the file readable to the audit, or move it out of the folder");
        }
    }
}
