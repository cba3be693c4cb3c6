package io.factaudit.input;

/** Thrown by readers for input they cannot use; carries the problem to report. */
public final class InputException extends RuntimeException {

    private final transient Problem problem;

    public InputException(Problem problem) {
        super(problem.format(), null, false, false);
        this.problem = problem;
    }

    public InputException(String path, int line, String message) {
        this(new Problem(path, line, message));
    }

    public Problem problem() {
        return problem;
    }
}
