package io.factaudit.article;

/**
 * The control characters in a file's content that no reader sees (NUL bytes and the like, left by
 * broken exports): the text drops them, and the editor is told once where the first one is.
 *
 * @param count how many there are
 * @param first the content offset of the first, or -1
 */
record ControlCharacters(int count, int first) {

    static ControlCharacters in(String content) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B : c >= 0x7F && c < 0xA0 && c != 0x85) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        return new ControlCharacters(count, first);
    }
}
