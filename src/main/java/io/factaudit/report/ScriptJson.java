package io.factaudit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * JSON to embed in a page inside {@code <script type="application/json">}: no character of it can
 * end the element or open markup, because {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}, {@code \u003e} and {@code \u0026} (JSON.parse reads them back unchanged).
 */
final class ScriptJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new HtmlEscapes());

    private ScriptJson() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class HtmlEscapes extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;  // only the standard escapes above
        }
    }
}
