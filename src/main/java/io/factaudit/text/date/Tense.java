package io.factaudit.text.date;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction of the clause that holds a date: the nearest verb group or time word before the
 * date in its clause, else the nearest after it ("On Friday, the council will vote"), tells it.
 * Future: "will", "'ll", "shall", a modal ("could", "would", "might", "should", "may"), "is set
 * to", "plans to", "is expected to", "is scheduled to" or "for", "is due to", "is going to",
 * "intends to", and "next", "coming", "upcoming", "tomorrow", "later"; a time set with a
 * preposition ("is due on Thursday", "is expected in March") and a thing set "for" a day after a
 * verb's object ("has called a march for Sunday"). Past: a past tense or a perfect ("approved",
 * "struck", "was", "has approved"), "ago", "last", "yesterday", "earlier". A participle after
 * "be" ("is expected to be approved") or a determiner ("the divided council") has no tense of its
 * own. A clause of time or condition takes the tense of the clause it depends on ("will sign it
 * when the mayor visits on Tuesday"); "and" before any verb joins a subject ("On Friday, Osk and
 * Lisk will sign"); a verb of saying after the date is the saying's ("closes on Tuesday, officials
 * said"). With no cue, a date points back: news reports what happened, and the article's own
 * weekday is its day of publication either way.
 */
public final class Tense {

    static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*|[.;:!?()\"“”]");
    /** Words that start another clause: its verb is not the date's. */
    static final Set<String> CLAUSE_STARTS = Set.of("and", "but", "or", "that", "which", "who", "whom",
        "whose", "while", "when", "after", "before", "because", "although", "though", "whereas", "since", "until",
        "where", "if", "unless", ".", ";", ":", "!", "?", "(", ")", "\"", "“", "”");
    /** A clause of time or condition: its present tense takes its time from the clause it depends on. */
    private static final Set<String> TIME_CLAUSES = Set.of("when", "once", "until", "before", "after", "if", "unless");

    private Tense() {
    }

    /** The direction of the clause of {@code text} that holds {@code date}. */
    static Direction of(String text, Span date) {
        return reading(text, date).direction();
    }

    /**
     * The direction of the date's clause and, without its words, what told it ("a future word
     * before", "a past form after", "a present verb", "none: past"): what the evaluation shows of a
     * date read the wrong way.
     */
    public record Reading(Direction direction, String cue) {
    }

    /** The cue of a simple present read as what is planned ("the term begins on 2 April"). */
    public static final String PRESENT_VERB = "a present verb";

    /** As {@link #of}, with what told the direction. */
    public static Reading reading(String text, Span date) {
        List<String> before = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (m.end() <= date.start()) {
                before.add(w);
                written.add(m.group());
            } else if (m.start() >= date.end()) {
                after.add(w);
            }
        }
        if (setFor(before, after, text, date)) {
            return new Reading(Direction.FUTURE, "a day set for");
        }
        if (!before.isEmpty() && before.get(before.size() - 1).equals("since")) {
            return new Reading(Direction.PAST, "since"); // "closed since Monday, they reopen next week": a beginning is gone
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (TIME_CLAUSES.contains(before.get(i))) {
                continue; // "will sign it when the mayor visits on Tuesday": a present tense, the main clause's time
            }
            if (CLAUSE_STARTS.contains(before.get(i))) {
                break;
            }
            if (written.get(i).equals("may")) {
                return new Reading(Direction.FUTURE, "a modal before"); // "may approve it on Friday"; "May" is the month
            }
            if (headlineTo(before, i)) {
                return new Reading(Direction.FUTURE, "a headline's to before");
            }
            Direction d = TenseCues.cue(before, i);
            if (d != null) {
                return new Reading(d, TenseCues.kind(before, i) + " before");
            }
        }
        for (int i = 0; i < after.size(); i++) {
            if (CLAUSE_STARTS.contains(after.get(i)) && !ClosedClass.COORDINATORS.contains(after.get(i))) {
                break; // "On Friday, Osk and Lisk will sign": with no verb yet, "and" joins the subject
            }
            if (VerbsOfSaying.contains(after.get(i))) {
                break; // "approves it on Tuesday, officials said": the saying's tense is not the date's
            }
            Direction d = TenseCues.cue(after, i);
            if (d != null) {
                return new Reading(d, TenseCues.kind(after, i) + " after");
            }
        }
        return SimplePresent.timetable(before, written) ? new Reading(Direction.FUTURE, PRESENT_VERB)
            : new Reading(Direction.PAST, "no cue");
    }

    /**
     * A day a thing is set for: "for" and the date after the noun a verb takes as its object ("has
     * called another march for Sunday", "moved the hearing for March 3", "booked the hall for
     * Friday") is the coming day, whatever the tense of the setting; "the figure for Tuesday was",
     * a subject, and "blamed them for Sunday's clashes" are not.
     */
    private static boolean setFor(List<String> before, List<String> after, String text, Span date) {
        int n = before.size();
        String next = after.isEmpty() ? "" : after.get(0);
        if (n < 3 || !before.get(n - 1).equals("for") || !WordForms.isNoun(before.get(n - 2))
            || text.startsWith("'s", date.end()) || text.startsWith("’s", date.end())
            || ClosedClass.AUXILIARIES.contains(next) || ClosedClass.MODALS.contains(next) || TenseCues.pastForm(next) || SimplePresent.third(next)) {
            return false; // "said the figure for Tuesday was 318": the noun is the subject of a clause of its own
        }
        for (int i = n - 3; i >= 0 && i >= n - 8; i--) {
            String w = before.get(i);
            if (CLAUSE_STARTS.contains(w)) {
                return false;
            }
            if (TenseCues.pastForm(w) && !TenseCues.NON_FINITE_BEFORE.contains(i > 0 ? before.get(i - 1) : "")
                && !ClosedClass.DETERMINERS.contains(i > 0 ? before.get(i - 1) : "")) {
                return true;
            }
        }
        return false;
    }

    /** "is expected on Tuesday", "was due on Friday": a word that sets an event for a day, after a form of "be". */
    public static boolean due(String w) {
        return TenseCues.DUE.contains(w);
    }

    /**
     * Whether a word marks what is to come inside a verb group ("will", "could", the "set" and "to"
     * of "is set to", "plans to", "is expected to"), so a reader may look past it to the verb.
     */
    public static boolean marksFuture(List<String> words, int i) {
        String w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        String previous = i > 0 ? words.get(i - 1) : "";
        return TenseCues.FUTURE.contains(w) && !w.equals("next") && !w.equals("coming") && !w.equals("upcoming")
            || TenseCues.FUTURE_BEFORE_TO.contains(w) && next.equals("to") || w.equals("to") && TenseCues.FUTURE_BEFORE_TO.contains(previous);
    }

    /**
     * "to" and a verb with no verb before it in its clause: the future of headlines, captions and
     * lists ("Union to strike on Monday", "Dockers to march Friday") and of "is to" ("the union is
     * to strike on Monday"); not "voted to strike on Monday", "went back to work on Monday" or
     * "cut power to homes on Monday".
     */
    private static boolean headlineTo(List<String> words, int i) {
        if (!words.get(i).equals("to") || i + 1 >= words.size() || !TenseCues.mayBeVerb(words.get(i + 1))
            || !WordNet.lemmas(words.get(i + 1), POS.VERB).contains(words.get(i + 1))) {
            return false; // "cut power to homes on Monday": a plural noun after "to" is no verb's base form
        }
        for (int j = i - 1; j >= 0 && !CLAUSE_STARTS.contains(words.get(j)); j--) {
            String w = words.get(j);
            if (w.equals("is") || w.equals("are")) {
                continue; // "is to strike": the future
            }
            if (TenseCues.pastForm(w) || TenseCues.PAST.contains(w) || w.endsWith("ing") || TenseCues.FUTURE_BEFORE_TO.contains(w)
                || TenseCues.NON_FINITE_BEFORE.contains(w)) {
                return false;
            }
        }
        return true;
    }


}
