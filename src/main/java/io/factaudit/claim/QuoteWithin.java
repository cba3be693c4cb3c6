package io.factaudit.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotations inside a quotation ("She told us, 'The pool stays shut until May,'"): single quote
 * marks that open after a space or punctuation and close before one, so an apostrophe inside a word
 * ("don't") or after it ("growers'") opens nothing. The speaker quoted inside is not the one quoting:
 * the words there are someone else's.
 */
public final class QuoteWithin {

    private static final Pattern INNER = Pattern.compile("(?<![\\p{L}\\p{N}])['\u2018](?=[\\p{L}\\p{N}])(.+?)(?<=[\\p{L}\\p{N}.,!?;])['\u2019](?![\\p{L}\\p{N}])");

    private QuoteWithin() {
    }

    /** Each quotation inside the quoted words, in order. */
    public static List<String> of(String quoted) {
        List<String> inner = new ArrayList<>();
        Matcher m = INNER.matcher(quoted);
        while (m.find()) {
            inner.add(m.group(1));
        }
        return inner;
    }
}
