package io.factaudit.steps;

/**
 * A failed check: its message lists every finding; a stack trace would only hide them, so it has none.
 */
final class AuditFailure extends AssertionError {

    AuditFailure(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
