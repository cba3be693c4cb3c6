package io.factaudit.input;

/**
 * Input the audit could not use as it stands: one clear message naming the file, the line when
 * there is one, and what to do. Problems are reported; they never stop the audit of the rest.
 *
 * @param path    the file, relative to the project root when it is inside it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do about it
 */
public record Problem(String path, int line, String message) implements Comparable<Problem> {

    /** The one line format used everywhere: {@code path:line: problem: message}. */
    public String format() {
        return line > 0 ? path + ":" + line + ": problem: " + message : path + ": problem: " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
