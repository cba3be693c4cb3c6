package io.factaudit.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Collects problems from every reader of one audit; thread-safe, each problem kept once. */
public final class Problems {

    private final Set<Problem> problems = new TreeSet<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public void add(String path, int line, String message) {
        add(new Problem(path, line, message));
    }

    public synchronized List<Problem> all() {
        return new ArrayList<>(problems);
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }
}
