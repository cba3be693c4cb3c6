package io.factaudit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import io.factaudit.quantity.Interval;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** What every reader keeps, whatever it is fed: named problems, spans inside the text, sound intervals. */
final class Invariants {

    private Invariants() {
    }

    /** Fuzzed bytes as text the way an editor's tool would show them: malformed bytes become U+FFFD. */
    static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }

    /** Every problem names one of the files read, a line that is not negative, and a message. */
    static void problemsAreNamed(Problems problems, Set<String> files) {
        for (Problem p : problems.all()) {
            problemIsNamed(p, files);
        }
    }

    static void problemIsNamed(Problem p, Set<String> files) {
        assertThat(p.path()).as("the file of %s", p).isIn(files);
        assertThat(p.line()).as("the line of %s", p).isNotNegative();
        assertThat(p.message()).as("the message of %s", p).isNotBlank();
        assertThat(p.format()).as("the one-line form of %s", p).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** A span lies inside a text of that length that starts at {@code offset}, and is not empty. */
    static void spanInside(Span span, int offset, int length, Object what) {
        assertThat(span.start()).as("the start of %s", what).isBetween(offset, offset + length);
        assertThat(span.end()).as("the end of %s", what).isBetween(span.start() + 1, offset + length);
    }

    static void sound(Interval interval, Object what) {
        assertThat(interval).as("the interval of %s", what).isNotNull();
        if (interval.low() != null && interval.high() != null) {
            assertThat(interval.low()).as("the interval of %s", what).isLessThanOrEqualTo(interval.high());
        }
    }
}
