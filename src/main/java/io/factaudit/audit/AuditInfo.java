package io.factaudit.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an audit was, for every report to say: when it was made (an ISO instant, or null when the
 * caller wants the same bytes for the same input), the sheets it read, how many articles it judged,
 * and how many claims each scenario's facts matched (keyed {@code uri:line}), so that a sheet that
 * checked nothing shows it.
 */
public record AuditInfo(String made, List<String> sheets, int articles, Map<String, Integer> matched) {

    public AuditInfo {
        sheets = sheets.stream().distinct().sorted().toList();
        matched = new TreeMap<>(matched);
    }

    /** The claims the scenario at {@code uri:line} matched, or null when not counted. */
    public Integer matched(String uri, int line) {
        return matched.get(uri + ":" + line);
    }


    /** One line for a page: "Made 2026-12-02T15:30:00Z from 1 sheet (features/a.feature) over 5 articles." */
    public String sentence() {
        return (made == null ? "Made" : "Made " + made) + " from " + sheets.size() + (sheets.size() == 1 ? " sheet" : " sheets")
            + (sheets.isEmpty() ? "" : " (" + String.join(", ", sheets) + ")") + " over " + articles
            + (articles == 1 ? " article." : " articles.");
    }
}
