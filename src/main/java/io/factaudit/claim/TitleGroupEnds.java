package io.factaudit.claim;

import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.ClosedClass;
import java.util.Locale;
import java.util.Set;

/**
 * Where a title's noun group ends: at punctuation, or before what is no part of the title: a relative
 * clause ("an epidemiologist who set up the tracker"), a place ("the council chair in Bremen"), a time
 * ("treasurer in 2019", "treasurer last year") or a duration ("treasurer for six years").
 * {@link TitleClauses} reads the groups themselves.
 */
final class TitleGroupEnds {

    private static final Set<String> RELATIVES = ClosedClass.RELATIVE_PRONOUNS;
    /** Prepositions of time that end a title's noun group before a year, a month or a day ("in 2019", "since May"). */
    static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "until", "from", "on");

    /** The units of time, plural, from java.time ("years", "months", "decades"). */
    private static final Set<String> TIME_UNITS = java.util.Arrays.stream(java.time.temporal.ChronoUnit.values())
        .map(u -> u.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Prepositions of place that put a place after a title ("head of the council at Bremen"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");

    private final String text;

    TitleGroupEnds(String text) {
        this.text = text;
    }

    /**
     * What follows a title's noun group at token k ends it: a relative clause ("an epidemiologist who
     * set up the tracker") or a place ("the council chair in Bremen"), neither of them part of the title.
     */
    boolean endsGroup(NameTokens tokens, int k) {
        if (k >= tokens.size() || !tokens.spacedFromPrevious(k)) {
            return false;
        }
        String w = lower(tokens.get(k));
        if (TIME_PREPOSITIONS.contains(w)) {
            int at = tokens.get(k).span().end();
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            int wordEnd = at;
            while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String next = text.substring(at, wordEnd).toLowerCase(Locale.ROOT);
            if (!next.isEmpty() && (Character.isDigit(next.charAt(0)) || CalendarWords.isMonth(next)
                || CalendarWords.isWeekdayName(next))) {
                return true; // "treasurer in 2019": a time, not part of the title
            }
        }
        if (RELATIVE_TIME.contains(w) && k + 1 < tokens.size() && tokens.spacedFromPrevious(k + 1)
            && isTimeWord(lower(tokens.get(k + 1)))) {
            return true; // "treasurer last year", "treasurer this month": a time, not part of the title
        }
        if (w.equals("for") && isDuration(tokens.get(k).span().end())) {
            return true; // "treasurer for six years", "for the past decade": how long, not part of the title
        }
        return RELATIVES.contains(w) && !w.equals("which") || w.equals("whose")
            || PLACE_PREPOSITIONS.contains(w) && k + 1 < tokens.size() && tokens.spacedFromPrevious(k + 1)
                && tokens.get(k + 1).capitalized() && !TitleWords.isFunctionWord(tokens.get(k + 1).text());
    }

    /** Words that place a unit of time relative to now: a closed class ("last year", "this month", "next week"). */
    private static final Set<String> RELATIVE_TIME = Set.of("last", "this", "next", "earlier", "later");

    /** A unit of time of java.time ("year", "weeks"), a month or a weekday. */
    private static boolean isTimeWord(String w) {
        return TIME_UNITS.contains(w) || TIME_UNITS.contains(w + "s") || CalendarWords.isMonth(w) || CalendarWords.isWeekdayName(w);
    }

    /** Up to four words from an offset, before any punctuation, hold a unit of time of java.time ("six years", "a decade"). */
    private boolean isDuration(int from) {
        int to = from;
        while (to < text.length() && to - from < 40 && ",.;:)(\n\r".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String[] words = text.substring(from, to).strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < Math.min(4, words.length); i++) {
            if (TIME_UNITS.contains(words[i]) || TIME_UNITS.contains(words[i] + "s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "in Tarn" of "the board's envoy in Tarn, X": a preposition of place and a proper
     * name filling tokens [from, to), the place where the office is held.
     */
    static boolean isPlace(NameTokens tokens, int from, int to) {
        if (from + 1 >= to || to - from > 4 || !PLACE_PREPOSITIONS.contains(lower(tokens.get(from)))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            NameToken t = tokens.get(k);
            if (!tokens.spacedFromPrevious(k) || !t.capitalized() || t.possessive() || TitleWords.isFunctionWord(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** The group ends at punctuation or at the end of its paragraph. */
    boolean closes(NameTokens tokens, int last) {
        if (tokens.get(last).possessive()) {
            return false;
        }
        int at = tokens.get(last).span().end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at >= text.length() || ",.;:)\u2014\u2013\n\r".indexOf(text.charAt(at)) >= 0 || last + 1 >= tokens.size()
            || endsGroup(tokens, last + 1);
    }

    private static String lower(NameToken t) {
        return TitleClauses.lower(t);
    }
}
