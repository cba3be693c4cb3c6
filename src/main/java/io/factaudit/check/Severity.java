package io.factaudit.check;

import java.util.Locale;

/** How much a finding matters: contradictions fail the audit, warnings and info are reported. */
public enum Severity {
    CONTRADICTION, WARNING, INFO;

    /** As written in reports: {@code contradiction}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
