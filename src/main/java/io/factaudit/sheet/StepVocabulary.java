package io.factaudit.sheet;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fact-sheet language, one pattern per step. The Cucumber step definitions use these very
 * constants, and {@link FactSheetReader} applies them outside Cucumber, so a sheet means the same
 * to the audit, the command line and the evaluation.
 */
public final class StepVocabulary {

    public static final String ARTICLES_IN = "^the articles in \"([^\"]*)\"$";
    public static final String ARTICLE = "^the article \"([^\"]*)\"$";
    public static final String NAMES = "^these names:$";
    public static final String PLACES = "^these places:$";
    public static final String ESTIMATES = "^these estimates of \"([^\"]*)\":$";
    public static final String MILESTONES = "^these milestones of \"([^\"]*)\":$";
    public static final String QUOTES = "^these quotes:$";
    public static final String PEOPLE = "^these people:$";
    public static final String EVENTS = "^these events:$";
    public static final String TOLERANCE = "^counts within (\\d+(?:\\.\\d+)?)% agree$";
    public static final String WARNINGS_FAIL = "^warnings count as failures$";
    public static final String CHECK = "^every article agrees with these facts$";

    /** Every step, as an editor would read it in the README's table. */
    public static final List<String> ALL = List.of(ARTICLES_IN, ARTICLE, NAMES, PLACES, ESTIMATES, MILESTONES, QUOTES, PEOPLE,
        EVENTS, TOLERANCE, WARNINGS_FAIL, CHECK);

    private StepVocabulary() {
    }

    /** The match of a step's text against one of the patterns, or null. */
    public static Matcher match(String pattern, String stepText) {
        Matcher m = Pattern.compile(pattern).matcher(stepText.strip());
        return m.matches() ? m : null;
    }

    /** The steps as editors write them, for messages: "the articles in \"<folder>\"". */
    public static List<String> readable() {
        return ALL.stream()
            .map(p -> p.substring(1, p.length() - 1)
                .replace("\\\"([^\\\"]*)\\\"", "\"<...>\"")
                .replace("\"([^\"]*)\"", "\"<...>\"")
                .replace("(\\d+(?:\\.\\d+)?)", "<n>"))
            .toList();
    }
}
