package io.factaudit.article;

import java.util.Locale;

/** A size in megabytes as an editor reads it: "16 MB", "50.3 MB". */
final class Megabytes {

    static final int MB = 1 << 20;

    private Megabytes() {
    }

    static String of(long bytes) {
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}
