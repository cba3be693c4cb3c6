package io.factaudit.article;

import java.util.Optional;

/**
 * Recognizes files that are not text at all (a PDF, a Word document, an image) so they are named
 * as such instead of being read as gibberish. Text with a few stray control bytes is still text:
 * only files whose start is more than 5% control bytes, or that carry a known signature, are refused.
 */
final class BinaryContent {

    private static final int SAMPLE = 64 * 1024;

    private BinaryContent() {
    }

    /** What the bytes are, when they are not text ("a PDF document"); empty for text. */
    static Optional<String> describe(byte[] bytes) {
        if (ContentDecoder.isWideUnicode(bytes)) {
            return Optional.empty();
        }
        String signature = signature(bytes);
        if (signature != null) {
            return Optional.of(signature);
        }
        int sample = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B || b == 0x7F) {
                controls++;
            }
        }
        return controls * 20 > sample ? Optional.of("binary data") : Optional.empty();
    }

    private static String signature(byte[] b) {
        if (ContentDecoder.starts(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (ContentDecoder.starts(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive, such as a Word (.docx) or OpenDocument file";
        }
        if (ContentDecoder.starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office document (.doc)";
        }
        if (ContentDecoder.starts(b, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        }
        if (ContentDecoder.starts(b, 0x89, 'P', 'N', 'G') || ContentDecoder.starts(b, 0xFF, 0xD8, 0xFF) || ContentDecoder.starts(b, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        if (ContentDecoder.starts(b, 0x1F, 0x8B) || ContentDecoder.starts(b, 'B', 'Z', 'h') || ContentDecoder.starts(b, '7', 'z', 0xBC, 0xAF)) {
            return "a compressed archive";
        }
        return null;
    }
}
