package io.factaudit.draft;

import java.time.LocalDate;
import java.util.List;

/** A drafted milestone: the first date an article states the subject is in the state, with every such line. */
public record DraftMilestone(String subject, String state, LocalDate from, List<String> aliases, List<Citation> citations) {

    public DraftMilestone {
        aliases = List.copyOf(aliases);
        citations = citations.stream().sorted().toList();
    }
}
