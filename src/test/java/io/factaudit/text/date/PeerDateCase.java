package io.factaudit.text.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One date of a Recognizers-Text date or date-period case: the words that are a date, where they
 * stand in the case's input, the day the input is read on, and the peer's two resolutions.
 *
 * @param id        the file and the case's position in it
 * @param lead      the word just before the date in the input ("on", "in"), or ""
 * @param timex     the peer's TIMEX value ("XXXX-10-02", "2016-06", "(2016-11-04,2016-11-22,P18D)")
 * @param past      the peer's past resolution, or null when it gives no day
 * @param future    the peer's future resolution, or null when it gives no day
 */
record PeerDateCase(String id, String input, String text, String lead, LocalDate reference, String timex,
                    Resolution past, Resolution future) {

    /** A resolution: a day (from == to) or a period; an open or missing end is null. */
    record Resolution(LocalDate from, LocalDate to) {

        String describe() {
            return from.equals(to) ? from.toString() : from + ".." + to;
        }
    }

    static List<PeerDateCase> load(String resource) {
        try (InputStream in = PeerDateCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            JsonNode cases = new ObjectMapper().readTree(in);
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            List<PeerDateCase> out = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                JsonNode c = cases.get(i);
                String input = c.get("Input").asText();
                JsonNode context = c.path("Context").path("ReferenceDateTime");
                LocalDate reference = context.isMissingNode() ? null : LocalDate.parse(context.asText().substring(0, 10));
                for (JsonNode r : c.path("Results")) {
                    JsonNode value = r.path("Value");
                    int start = r.get("Start").asInt();
                    out.add(new PeerDateCase(file + "#" + i, input, r.get("Text").asText(), lead(input, start), reference,
                        value.path("Timex").asText(), resolution(value.path("PastResolution")),
                        resolution(value.path("FutureResolution"))));
                }
                if (c.path("Results").isEmpty()) {
                    out.add(new PeerDateCase(file + "#" + i, input, "", "", reference, "", null, null));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resolution resolution(JsonNode r) {
        if (r.has("date")) {
            LocalDate d = day(r.get("date").asText());
            return d == null ? null : new Resolution(d, d);
        }
        LocalDate from = day(r.path("startDate").asText(""));
        LocalDate to = day(r.path("endDate").asText(""));
        return from == null || to == null ? null : new Resolution(from, to);
    }

    /** A day, or null for none: the peer writes an impossible date ("Feb 30") as 0001-01-01. */
    private static LocalDate day(String s) {
        if (s.isBlank() || s.startsWith("0001-01-01")) {
            return null;
        }
        return LocalDate.parse(s.substring(0, 10));
    }

    private static String lead(String input, int start) {
        String before = input.substring(0, Math.min(start, input.length())).stripTrailing();
        int space = before.lastIndexOf(' ');
        return before.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
