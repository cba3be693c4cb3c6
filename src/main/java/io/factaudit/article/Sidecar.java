package io.factaudit.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON file beside an article ({@code <name>.json}): {@code published}, {@code outlet},
 * {@code title}, {@code url}, all optional. A broken sidecar is a problem, never a crash: the
 * article is still read, with its date from a dateline or none.
 */
public final class Sidecar {

    private static final long MAX_BYTES = 1 << 20;
    private static final Set<String> KNOWN = Set.of("published", "outlet", "title", "url");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecar() {
    }

    /** The sidecar of an article file, when there is one. */
    public static Optional<Path> of(Path article) {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path sidecar = article.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
        return Files.isRegularFile(sidecar) ? Optional.of(sidecar) : Optional.empty();
    }

    /** The published date a sidecar gives, naming any problem with it. */
    public static Optional<LocalDate> published(Path sidecar, String displayPath, Problems problems) {
        try {
            if (Files.size(sidecar) > MAX_BYTES) {
                problems.add(new Problem(displayPath, 0, "the sidecar is larger than 1 MB and was not read: a sidecar"
                    + " holds only published, outlet, title and url"));
                return Optional.empty();
            }
            JsonNode root = JSON.readTree(Files.readString(sidecar));
            if (root == null || !root.isObject()) {
                problems.add(new Problem(displayPath, 1, "the sidecar is not a JSON object: write {\"published\": \"2024-10-23\"}"));
                return Optional.empty();
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!KNOWN.contains(field)) {
                    problems.add(new Problem(displayPath, 0, "the sidecar field \"" + field + "\" is not used (known fields:"
                        + " published, outlet, title, url); it is ignored"));
                }
            }
            JsonNode published = root.get("published");
            if (published == null || published.isNull()) {
                return Optional.empty();
            }
            if (!published.isTextual()) {
                problems.add(new Problem(displayPath, 1, "\"published\" must be a date in quotes, like \"2024-10-23\"; it is " + published));
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(published.asText().strip()));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(displayPath, 1, "\"published\" is \"" + published.asText() + "\", which is not a date:"
                    + " write it as YYYY-MM-DD; the article is treated as undated"));
                return Optional.empty();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new Problem(displayPath, line, "the sidecar is not valid JSON (" + e.getOriginalMessage()
                + "); the article is treated as undated unless it has a dateline"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(displayPath, 0, "the sidecar cannot be read (" + e.getMessage() + ")"));
            return Optional.empty();
        }
    }
}
