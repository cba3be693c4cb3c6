package io.factaudit.text.date;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One family of date forms: patterns over a text (numbers in digits), each read into candidates. */
abstract class Forms {

    static final String WORD_END = "(?![\\p{L}\\d])";

    abstract void collect(String text, List<Candidate> out);

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
