package io.factaudit.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of a Recognizers-Text specification: an input and what a reader should find in it.
 *
 * @param id      the file and the case's position in it, to name it in reports
 * @param results the numbers or ranges expected, in order
 */
record PeerCase(String id, String input, List<Result> results) {

    /**
     * One expected number or range; start and end are character offsets, end inclusive as in the
     * specification. A number has low == high; a range's open end is null.
     *
     * @param subtype  "integer", "decimal", "fraction", "power", or "" for ranges and untyped numbers
     * @param interval the value was written as an interval ("(20,35]", "[170,170]"), not a number
     */
    record Result(String text, int start, int end, String subtype, BigDecimal low, BigDecimal high,
                  boolean interval) {

        boolean overlaps(int spanStart, int spanEnd) {
            return start < spanEnd && spanStart <= end;
        }

        String describe() {
            return "\"" + text + "\" " + (low == null ? "" : low.toPlainString()) + ".."
                    + (high == null ? "" : high.toPlainString());
        }
    }

    static List<PeerCase> load(String resource) {
        try (InputStream in = PeerCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            JsonNode cases = new ObjectMapper().readTree(in);
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            List<PeerCase> out = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                JsonNode c = cases.get(i);
                List<Result> results = new ArrayList<>();
                for (JsonNode r : c.get("Results")) {
                    results.add(result(r));
                }
                out.add(new PeerCase(file + "#" + i, c.get("Input").asText(), results));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result result(JsonNode r) {
        JsonNode resolution = r.get("Resolution");
        String value = resolution.get("value").asText();
        String subtype = resolution.has("subtype") ? resolution.get("subtype").asText() : "";
        int start = r.get("Start").asInt();
        int end = r.get("End").asInt();
        String text = r.get("Text").asText();
        if (value.startsWith("(") || value.startsWith("[")) { // "(20,35]", "[500,)"
            String[] ends = value.substring(1, value.length() - 1).split(",", -1);
            return new Result(text, start, end, subtype, bound(ends[0]), bound(ends[1]), true);
        }
        BigDecimal v = new BigDecimal(value);
        return new Result(text, start, end, subtype, v, v, false);
    }

    private static BigDecimal bound(String s) {
        return s.isBlank() ? null : new BigDecimal(s.trim());
    }
}
