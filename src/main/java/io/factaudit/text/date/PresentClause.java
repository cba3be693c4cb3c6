package io.factaudit.text.date;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause told in the present beside a distance that dates another event ("Five days after the
 * dam failed, crews are still searching", "Thousands rally in Osk two days after the council
 * voted"): it is of the time of writing, so the distance counts from the article's date.
 */
final class PresentClause {

    /** A main clause told of the time of writing: "crews are still searching", "the town has reopened". */
    private static final Set<String> PRESENT = Set.of("is", "are", "has", "have", "remain", "remains", "still", "now");
    /** What may stand before a distance that opens a sentence: a live blog's time, "just", "nearly", "more than". */
    private static final Pattern OPENING =
        Pattern.compile("(?i)[\\s\\d:.]*(?:(?:just|only|barely|nearly|almost|more\\s+than)\\s+)?");

    private PresentClause() {
    }

    /**
     * Whether the words of a sentence before a distance that dates what follows it ("two days after
     * the council voted") are a clause told in the present, with no past or future cue among them:
     * "Thousands rally in Osk and Lisk two days after ...", "Roads remain closed a week after ...".
     * Such a clause is of the time of writing, and the distance counts from the article's date.
     */
    static boolean before(String text, Span sentence, Span distance) {
        List<String> before = new ArrayList<>();
        List<String> written = new ArrayList<>();
        boolean present = false;
        Matcher m = Tense.WORD.matcher(text).region(sentence.start(), distance.start());
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            String previous = before.isEmpty() ? "" : before.get(before.size() - 1);
            boolean participle = PRESENT.contains(previous) || TenseCues.NON_FINITE_BEFORE.contains(previous); // "remain closed"
            if (TenseCues.FUTURE.contains(w) || TenseCues.PAST.contains(w) || TenseCues.FUTURE_BEFORE_TO.contains(w)
                || ClosedClass.MODALS.contains(w) || !PRESENT.contains(w) && TenseCues.pastForm(w) && !participle
                || w.equals("when") || w.equals("if")) {
                return false;
            }
            before.add(w);
            written.add(m.group());
            present |= PRESENT.contains(w) || before.size() > 1 && SimplePresent.presentVerb(before, written, before.size() - 1);
        }
        return present;
    }

    /**
     * Whether a clause led by a distance that opens its sentence ("Five days after the dam failed,
     * ...", "Two weeks after the vote, ...") goes on, past its comma, with a main clause told in
     * the present: "is", "are", "has", "have", "remain", "still", "now", or a verb of saying in the
     * present ("our reporter says", "officials say"); a past or future verb first says no.
     */
    static boolean afterOpening(String text, Span sentence, Span distance) {
        String opening = text.substring(sentence.start(), distance.start());
        if (!OPENING.matcher(opening).matches()) {
            return false;
        }
        int comma = text.indexOf(',', distance.end());
        if (comma < 0 || comma >= sentence.end()) {
            return false;
        }
        Matcher m = Tense.WORD.matcher(text).region(comma + 1, sentence.end());
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (PRESENT.contains(w) || VerbsOfSaying.contains(w) && !TenseCues.pastForm(w)) {
                return true;
            }
            if (Tense.CLAUSE_STARTS.contains(w) || TenseCues.FUTURE.contains(w) || TenseCues.PAST.contains(w) || TenseCues.pastForm(w)) {
                return false;
            }
        }
        return false;
    }
}
