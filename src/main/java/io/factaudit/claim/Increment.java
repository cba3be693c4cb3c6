package io.factaudit.claim;

import java.util.List;

/** A rule that sets a number aside: "another 1,500", "2,000 more", "an additional 3,000" add to a count, they are not it. */
final class Increment {

    private Increment() {
    }

    /** Whether the number at word {@code first} (ending before word {@code after}) is told as an increment. */
    static boolean at(List<Words.Word> words, int first, int after) {
        if (first >= 1 && words.get(first - 1).is("another", "additional", "further", "extra")) {
            return true;
        }
        return after < words.size() && words.get(after).is("more", "additional", "extra", "further");
    }
}
