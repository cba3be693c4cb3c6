package io.factaudit.draft;

import java.util.List;

/**
 * Articles that disagree with each other on one drafted fact: each side is what some articles
 * say, with their lines, so an editor sees what to check first.
 *
 * @param kind  {@code count}, {@code quote}, {@code title} or {@code event}
 * @param fact  the fact they disagree on ("South Korea's count of North Korean troops as of 2024-10-23")
 * @param sides what each group of articles says, and where
 */
public record Disagreement(String kind, String fact, List<Side> sides) {

    public Disagreement {
        sides = List.copyOf(sides);
    }

    /** One version of the fact and the article lines that state it. */
    public record Side(String says, List<Citation> citations) {

        public Side {
            citations = citations.stream().sorted().toList();
        }
    }

    /** "fact: A (path:line, ...) / B (path:line)". */
    public String describe() {
        StringBuilder b = new StringBuilder(kind).append(": ").append(fact).append(":");
        for (Side side : sides) {
            b.append("\n    ").append(side.says()).append(": ")
                .append(String.join(", ", side.citations().stream().map(Citation::at).toList()));
        }
        return b.toString();
    }
}
