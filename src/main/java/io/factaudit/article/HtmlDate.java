package io.factaudit.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.factaudit.input.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date an HTML page declares about itself: a meta tag
 * ({@code <meta property="article:published_time" content="2024-10-23T08:00:00Z">}, or one named
 * date, pubdate, publish-date, DC.date.issued...), else a {@code <time>} marked as the publication
 * ({@code pubdate} or {@code itemprop="datePublished"}), else {@code datePublished} in the page's
 * JSON-LD. A declared value that is not a date is a problem naming its line.
 */
final class HtmlDate {

    private static final Set<String> META_NAMES = Set.of("article:published_time", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "og:published_time", "sailthru.date", "parsely-pub-date");

    private HtmlDate() {
    }

    static LocalDate of(Document page, String content, String displayPath, List<Problem> notes) {
        Lines lines = new Lines(content);
        for (Element meta : page.select("meta[content]")) {
            if (isPublication(meta)) {
                Optional<LocalDate> date = declared(meta, meta.attr("content"), lines, displayPath, notes);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        for (Element time : page.select("time[datetime][pubdate], [itemprop=datePublished][datetime]")) {
            Optional<LocalDate> date = declared(time, time.attr("datetime"), lines, displayPath, notes);
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Optional<LocalDate> date = linkedData(script.data());
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static boolean isPublication(Element meta) {
        for (String attribute : List.of("property", "name", "itemprop")) {
            if (META_NAMES.contains(meta.attr(attribute).strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> declared(Element element, String value, Lines lines, String displayPath,
                                                List<Problem> notes) {
        Optional<LocalDate> date = PublishedDate.parse(value);
        if (date.isEmpty()) {
            int line = element.sourceRange().isTracked() ? lines.lineOf(element.sourceRange().startPos()) : 0;
            notes.add(new Problem(displayPath, line, "the page declares its publication date as \"" + value.strip()
                + "\", which is not a date (" + PublishedDate.whyNot(value) + "): " + PublishedDate.HOW
                + "; the value is ignored"));
        }
        return date;
    }

    /** The page's lines, counted once and only if a problem needs one. */
    private static final class Lines {

        private final String content;
        private LineMap map;

        Lines(String content) {
            this.content = content;
        }

        int lineOf(int offset) {
            map = map == null ? LineMap.of(content) : map;
            return map.positionOf(offset).line();
        }
    }

    /** {@code datePublished} anywhere in a JSON-LD block, read as a plain tree (never as typed objects). */
    private static Optional<LocalDate> linkedData(String json) {
        try {
            JsonNode root = Sidecar.JSON.readTree(json);
            JsonNode published = root == null ? null : root.findValue("datePublished");
            return published != null && published.isTextual() ? PublishedDate.parse(published.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty(); // page scripting, not the newsroom's metadata: nothing to report
        }
    }
}
