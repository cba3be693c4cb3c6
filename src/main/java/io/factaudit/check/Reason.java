package io.factaudit.check;

/** The finer label of a finding, with the severity and rule the fact-sheet language gives it. */
public enum Reason {
    CONTRADICTION("contradiction", Severity.CONTRADICTION, "count"),
    MISATTRIBUTED("misattributed", Severity.CONTRADICTION, "count"),
    ANACHRONISM("anachronism", Severity.WARNING, "count"),
    OUTDATED("outdated", Severity.WARNING, "count"),
    UNVERIFIABLE("unverifiable", Severity.INFO, "count"),
    STATE_BEFORE_ITS_DATE("state before its date", Severity.CONTRADICTION, "milestone"),
    STATE_DENIED_AFTER_ITS_DATE("state denied after its date", Severity.CONTRADICTION, "milestone"),
    ALTERED_QUOTE("altered quote", Severity.CONTRADICTION, "quote"),
    MISATTRIBUTED_QUOTE("misattributed quote", Severity.CONTRADICTION, "quote"),
    WRONG_TITLE("wrong title", Severity.CONTRADICTION, "title"),
    MISSPELLED_NAME("misspelled name", Severity.WARNING, "title"),
    WRONG_DATE("wrong date", Severity.CONTRADICTION, "event"),
    UNDATED("undated", Severity.WARNING, null);

    private final String label;
    private final Severity severity;
    private final String rule;

    Reason(String label, Severity severity, String rule) {
        this.label = label;
        this.severity = severity;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    public Severity severity() {
        return severity;
    }

    /** The kind of fact; null for {@link #UNDATED}, whose rule is that of the claim it concerns. */
    public String rule() {
        return rule;
    }
}
