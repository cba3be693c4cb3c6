package io.factaudit.draft;

import java.time.LocalDate;
import java.util.List;

/**
 * A drafted quote: the words as most articles render them, the speaker most articles name, dated
 * by the earliest article that quotes them.
 */
public record DraftQuote(String speaker, LocalDate date, String words, List<Citation> citations) {

    public DraftQuote {
        citations = citations.stream().sorted().toList();
    }
}
