package io.factaudit.draft;

import java.nio.file.Path;
import java.util.List;

/**
 * A sheet drafted from a corpus, with where its articles disagree with each other.
 *
 * @param title    the feature's title
 * @param articles the folders (or files) the draft was read from
 * @param names    the names it drafts with ({@code these names})
 * @param places   the places counts are kept for ({@code these places}), as the sheet gives them
 * @param subjects the counted subjects, in the order their tables are written
 */
public record Draft(String title, List<Path> articles, List<io.factaudit.sheet.Name> names,
                    List<io.factaudit.sheet.Place> places, List<String> subjects,
                    List<DraftEstimate> estimates, List<DraftMilestone> milestones, List<DraftQuote> quotes,
                    List<DraftPerson> people, List<DraftEvent> events, List<Disagreement> disagreements,
                    int articleCount) {

    public Draft {
        articles = List.copyOf(articles);
        names = List.copyOf(names);
        places = List.copyOf(places);
        subjects = List.copyOf(subjects);
        estimates = List.copyOf(estimates);
        milestones = List.copyOf(milestones);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        events = List.copyOf(events);
        disagreements = List.copyOf(disagreements);
    }
}
