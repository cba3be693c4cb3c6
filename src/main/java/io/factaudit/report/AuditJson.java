package io.factaudit.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factaudit.audit.AuditInfo;
import io.factaudit.audit.AuditReport;

/** What an audit was, as report.json's {@code audit} and SARIF's run property of that name. */
final class AuditJson {

    private AuditJson() {
    }

    /** {@code made} (when known), {@code sheets}, {@code articles} and {@code scenarios} with the claims each matched. */
    static ObjectNode of(AuditReport report) {
        AuditInfo info = report.info();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (info.made() != null) {
            n.put("made", info.made());
        }
        info.sheets().forEach(n.putArray("sheets")::add);
        n.put("articles", info.articles());
        var scenarios = n.putArray("scenarios");
        for (var s : report.scenarios()) {
            var row = scenarios.addObject();
            row.put("uri", s.uri());
            row.put("line", s.line());
            row.put("name", s.name());
            Integer count = info.matched(s.uri(), s.line());
            if (count != null) {
                row.put("claims", count);
            }
        }
        return n;
    }
}
