package io.factaudit.text.date;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One family of date forms: patterns over a text (numbers in digits), each read into candidates. */
abstract class Forms {

    static final String WORD_END = "(?![\\p{L}\\d])";

    abstract void collect(String text, List<Candidate> out);

    /** Every pattern {@link #collect} looks for: a reading starts where one of them matches. */
    abstract List<Pattern> patterns();

    /**
     * Whether one of the patterns matches starting at a position, as a search through the whole
     * text would try it there (the text before it stays visible to look-behinds).
     */
    boolean mayMatchAt(String text, int at) {
        for (Pattern p : patterns()) {
            Matcher m = p.matcher(text).region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    static void each(Pattern pattern, String text, List<Candidate> out, Function<Matcher, Candidate> reading) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Candidate c = reading.apply(m);
            if (c != null) {
                out.add(c);
            }
        }
    }
}
