package io.factaudit.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Lines up a text node's decoded text with its source in the page, character by character: a
 * decoded entity ("&amp;amp;" read as "&amp;") stands at its ampersand; characters the parser
 * dropped (the newline after {@code <pre>}) are skipped; anything else unexpected is placed at
 * the source character it replaced, so a position is never off by more than that character.
 */
final class EntityAlignment {

    private static final Pattern ENTITY = Pattern.compile(
        "&(?:#([0-9]{1,8});?|#[xX]([0-9a-fA-F]{1,8});?|([A-Za-z][A-Za-z0-9]{0,31});?)");

    private final String content;
    private final Matcher entity;

    EntityAlignment(String content) {
        this.content = content;
        this.entity = ENTITY.matcher(content);
    }

    /** The content offset of each character of {@code decoded}, the text of source {@code [start, end)}. */
    int[] align(String decoded, int start, int end) {
        int[] origins = new int[decoded.length()];
        int i = start;
        int j = 0;
        while (j < decoded.length()) {
            if (i >= end) {
                origins[j++] = Math.max(start, end - 1);
                continue;
            }
            char c = content.charAt(i);
            if (c == '&' && entity.region(i, end).lookingAt()) {
                int taken = entityAt(decoded, j);
                if (taken > 0) {
                    for (int k = 0; k < taken; k++) {
                        origins[j++] = i;
                    }
                    i = entity.end();
                    continue;
                }
            }
            if (c == decoded.charAt(j)) {
                origins[j++] = i++;
            } else if (i + 1 < end && content.charAt(i + 1) == decoded.charAt(j)) {
                i++; // dropped by the parser
            } else {
                origins[j++] = i++;
            }
        }
        return origins;
    }

    /**
     * How many decoded characters, from {@code j}, the entity just matched stands for; 0 when the
     * parser left it as it is written ("&amp;notanentity;").
     */
    private int entityAt(String decoded, int j) {
        if (entity.group(3) != null) {
            String value = Entities.getByName(entity.group(3));
            return value != null && !value.isEmpty() && decoded.startsWith(value, j) ? value.length() : 0;
        }
        // a numeric reference: the parser may remap it (&#150; is an en dash), so it is the character here
        return Character.isSurrogate(decoded.charAt(j)) && j + 1 < decoded.length() ? 2 : 1;
    }
}
