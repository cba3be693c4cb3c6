package io.factaudit.steps;

/**
 * A failed check: its message lists every finding; a stack trace would only hide them, so it has none.
 */
public final class AuditFailure extends AssertionError {

    public AuditFailure(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
