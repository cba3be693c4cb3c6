package io.factaudit.article;

import io.factaudit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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

    /** The bytes read, cut back to the last whole line when the file holds more, so no character or line is cut in two. */
    byte[] wholeLines() {
        if (!truncated) {
            return bytes;
        }
        int unit = ContentDecoder.unit(bytes);
        int length = bytes.length - bytes.length % unit;
        if (unit == 1) {
            int end = length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (end == 0) { // one enormous line: cut before a character, never inside one
                end = characterBoundary(bytes, length);
            }
            length = end;
        }
        return Arrays.copyOf(bytes, length);
    }

    /** The end of the last whole UTF-8 character at or before {@code length}. */
    private static int characterBoundary(byte[] bytes, int length) {
        int lead = length;
        while (lead > 0 && length - lead < 3 && (bytes[lead - 1] & 0xC0) == 0x80) {
            lead--;
        }
        if (lead == 0 || (bytes[lead - 1] & 0xC0) != 0xC0) {
            return length; // ASCII, or not UTF-8 at all: every byte is a character
        }
        int first = bytes[lead - 1] & 0xFF;
        int needed = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
        return lead - 1 + needed <= length ? length : lead - 1;
    }
}
