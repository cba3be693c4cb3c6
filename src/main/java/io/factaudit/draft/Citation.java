package io.factaudit.draft;

import java.time.LocalDate;

/**
 * Where an article states a drafted fact: the article (as reports name it), the line, its
 * publication date (null when undated) and the claim's words, so an editor can check the row
 * against the original before keeping it.
 */
public record Citation(String path, int line, LocalDate published, String words) implements Comparable<Citation> {

    /** {@code path:line}, the way findings name a place in an article. */
    public String at() {
        return path + ":" + line;
    }

    /** Earliest article first (undated last), then by path and line. */
    @Override
    public int compareTo(Citation o) {
        int byDate = published == null ? (o.published == null ? 0 : 1) : o.published == null ? -1 : published.compareTo(o.published);
        if (byDate != 0) {
            return byDate;
        }
        int byPath = path.compareTo(o.path);
        return byPath != 0 ? byPath : Integer.compare(line, o.line);
    }
}
