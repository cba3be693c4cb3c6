package io.factaudit.check;

/** Whether an editor has acknowledged a finding. */
public enum Status {
    NEW, ACKNOWLEDGED;

    public String label() {
        return this == NEW ? "new" : "acknowledged";
    }
}
