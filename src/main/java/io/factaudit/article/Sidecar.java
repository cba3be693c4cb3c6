package io.factaudit.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON file beside an article ({@code <name>.json}): {@code published}, {@code outlet},
 * {@code title}, {@code url}, all optional. A broken sidecar is a problem naming the sidecar and
 * line, never a crash: the article is still read, with its date from the article itself or none.
 * Fields the audit does not read are ignored, named once per sidecar. The JSON is read as a plain
 * tree: type information in it ("@class") is data like any other, never a class to instantiate.
 */
public final class Sidecar {

    /** A sidecar is a few lines; anything larger is not one, and is not read into memory. */
    private static final long MAX_BYTES = 1 << 20;
    private static final List<String> KNOWN = List.of("published", "outlet", "title", "url");
    private static final Set<String> TEXT_FIELDS = Set.of("outlet", "title", "url");
    private static final String FALLBACK = "the date is taken from the article itself, if it gives one";
    private static final String EXAMPLE = "{\"published\": \"2024-10-23\"}";

    /** Plain trees only: no default typing, and a field written twice is an error, not a silent choice. */
    static final ObjectMapper JSON = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();

    private Sidecar() {
    }

    /** The sidecar of an article file, when there is one. */
    public static Optional<Path> of(Path article) {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path sidecar = article.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
        return Files.isRegularFile(sidecar) ? Optional.of(sidecar) : Optional.empty();
    }

    /**
     * The published date a sidecar gives, naming any problem with it.
     *
     * @param displayPath the sidecar's path as reported
     */
    public static Optional<LocalDate> published(Path sidecar, String displayPath, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(sidecar);
            if (size > MAX_BYTES) {
                problems.add(new Problem(displayPath, 0, "the sidecar is " + Megabytes.of(size) + ", larger than the "
                    + Megabytes.of(MAX_BYTES) + " a sidecar may be, and was not read: a sidecar holds only "
                    + String.join(", ", KNOWN) + "; " + FALLBACK));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(sidecar);
        } catch (IOException e) {
            problems.add(new Problem(displayPath, 0, "the sidecar cannot be read (" + ReadFailure.reason(e)
                + "): make it readable to the audit; " + FALLBACK));
            return Optional.empty();
        }
        try {
            return read(bytes, displayPath, problems);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            problems.add(new Problem(displayPath, Math.max(line, 0), "the sidecar is not valid JSON ("
                + jacksonReason(e) + (column > 0 ? ", at column " + column : "") + "): fix it, for example "
                + EXAMPLE + "; until then " + FALLBACK));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(displayPath, 0, "the sidecar cannot be read (" + ReadFailure.reason(e) + "); "
                + FALLBACK));
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> read(byte[] bytes, String displayPath, Problems problems) throws IOException {
        try (JsonParser parser = JSON.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(displayPath, 0, "the sidecar is empty: write " + EXAMPLE + " in it, or remove it;"
                    + " " + FALLBACK));
                return Optional.empty();
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(new Problem(displayPath, line(parser), "the sidecar is " + describe(parser.readValueAsTree())
                    + ", not a JSON object: write " + EXAMPLE + "; " + FALLBACK));
                return Optional.empty();
            }
            LocalDate published = null;
            List<String> unknown = new ArrayList<>();
            int unknownLine = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int line = line(parser);
                parser.nextToken();
                JsonNode value = parser.readValueAsTree();
                if (field.equals("published")) {
                    published = published(value, line, displayPath, problems);
                } else if (TEXT_FIELDS.contains(field)) {
                    if (!value.isTextual() && !value.isNull()) {
                        problems.add(new Problem(displayPath, line, "\"" + field + "\" should be text in quotes, but it is "
                            + describe(value) + "; it is ignored"));
                    }
                } else if (!unknown.contains(field)) {
                    unknownLine = unknown.isEmpty() ? line : unknownLine;
                    unknown.add(field);
                }
            }
            if (!unknown.isEmpty()) {
                problems.add(new Problem(displayPath, unknownLine, unknownFields(unknown)));
            }
            if (parser.nextToken() != null) {
                problems.add(new Problem(displayPath, line(parser), "the sidecar holds more after its closing brace;"
                    + " only the first object was read: remove the rest"));
            }
            return Optional.ofNullable(published);
        }
    }

    private static LocalDate published(JsonNode value, int line, String displayPath, Problems problems) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Problem(displayPath, line, "\"published\" must be a date in quotes, like \"2024-10-23\", but"
                + " it is " + describe(value) + "; " + FALLBACK));
            return null;
        }
        Optional<LocalDate> date = PublishedDate.parse(value.asText());
        if (date.isEmpty()) {
            problems.add(new Problem(displayPath, line, "\"published\" is \"" + value.asText() + "\", which is not a date ("
                + PublishedDate.whyNot(value.asText()) + "): " + PublishedDate.HOW + "; " + FALLBACK));
        }
        return date.orElse(null);
    }

    private static String unknownFields(List<String> fields) {
        String names = fields.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
        return (fields.size() == 1 ? "the sidecar field " + names + " is not one" : "the sidecar fields " + names
            + " are not ones") + " the audit reads (" + String.join(", ", KNOWN) + "); "
            + (fields.size() == 1 ? "it is" : "they are") + " ignored";
    }

    /** A JSON value in words: "the number 20241023", "a list", "true". */
    private static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isNull()) {
            return "null";
        }
        return "the text " + value;
    }

    private static int line(JsonParser parser) {
        return Math.max(0, parser.currentTokenLocation().getLineNr());
    }

    /** Jackson's reason without its "[Source: ...]" trailer, which names no file an editor knows. */
    private static String jacksonReason(JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        int source = reason.indexOf(" (start marker at [Source");
        if (source < 0) {
            source = reason.indexOf("[Source");
        }
        reason = (source >= 0 ? reason.substring(0, source) : reason).strip();
        int newline = reason.indexOf('\n');
        reason = newline >= 0 ? reason.substring(0, newline).strip() : reason;
        return reason.isEmpty() ? "unreadable" : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
