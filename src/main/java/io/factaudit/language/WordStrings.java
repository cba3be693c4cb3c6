package io.factaudit.language;

/**
 * A word of a text as a {@code String}, the same instance as the last time this thread read the same
 * characters: an article repeats a few thousand words ("the", ",", "said") hundreds of thousands of
 * times, and the word lists readers keep for a long article would otherwise hold a copy of each.
 * A small table per thread, one word per slot, so it needs no lock and cannot grow.
 */
public final class WordStrings {

    private static final int SLOTS = 1 << 14;
    /** Longer words are rare and seldom repeat: copied, not kept. */
    private static final int LONGEST = 24;
    private static final ThreadLocal<String[]> TABLE = ThreadLocal.withInitial(() -> new String[SLOTS]);

    private WordStrings() {
    }

    /** {@code text.substring(start, end)}, shared with earlier words of the same characters. */
    public static String of(String text, int start, int end) {
        int length = end - start;
        if (length > LONGEST || length <= 0) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        String[] table = TABLE.get();
        int slot = (hash ^ (hash >>> 14)) & (SLOTS - 1);
        String known = table[slot];
        if (known != null && known.hashCode() == hash && same(known, text, start, length)) {
            return known;
        }
        String word = text.substring(start, end);
        table[slot] = word;
        return word;
    }

    private static boolean same(String known, String text, int start, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    /** A word already made, shared the same way ({@code word} itself when it is the first of its characters). */
    public static String of(String word) {
        return of(word, 0, word.length());
    }
}
