package io.factaudit.sheet;

/** Where a fact is stated: the fact sheet (relative to the project root) and its 1-based line. */
public record FactLocation(String uri, int line) {

    @Override
    public String toString() {
        return uri + ":" + line;
    }
}
