package io.factaudit.article;

/**
 * A file's bytes decoded into its content.
 *
 * @param content      the decoded content, without a byte order mark
 * @param encoding     the encoding it was read in ("UTF-8", "UTF-16LE", "Windows-1252", ...)
 * @param foreignBytes bytes that were not UTF-8 in a file read as UTF-8 where it could be, each read
 *                     as Windows-1252 instead; 0 when the file was read in one encoding throughout
 * @param firstForeign the content offset of the first such byte, or -1
 * @param mixed        whether the file also holds valid UTF-8 beyond ASCII (a UTF-8 file with a few
 *                     stray bytes), rather than being Windows-1252 throughout
 */
record Decoded(String content, String encoding, int foreignBytes, int firstForeign, boolean mixed) {

    static Decoded whole(String content, String encoding) {
        return new Decoded(content, encoding, 0, -1, false);
    }
}
