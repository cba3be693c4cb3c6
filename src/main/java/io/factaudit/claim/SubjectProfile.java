package io.factaudit.claim;

import io.factaudit.language.Folded;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an estimates subject looks like in text, learned from its sheet name and aliases:
 * its head words (what is counted: "troops", "soldiers"; "deaths", "killed"), its keywords (what
 * makes it this subject and not another: "North Korean", "DPRK"; "Turkey"), its count nouns
 * ("toll", "number", "figure") and the kind of thing it counts, which decides what else is
 * excluded (casualties are not troops; the injured are not the dead).
 */
public record SubjectProfile(String subject, Kind kind, Set<String> heads, List<String> keywords, Set<String> countNouns) {

    /** The kinds of counted things the reader knows how to tell apart. */
    public enum Kind { PEOPLE_UNDER_ARMS, DEATHS, OTHER }

    /** Nouns that count people under arms; units and brigades are groups, not people. */
    static final Set<String> PERSONNEL = Set.of("troops", "troop", "soldiers", "soldier", "forces", "servicemen",
        "personnel", "infantry", "infantrymen", "fighters", "men", "commandos", "marines", "recruits", "mercenaries",
        "special forces", "conscripts", "paratroopers", "service members", "servicemembers");
    static final Set<String> DEATH_HEADS = Set.of("deaths", "dead", "fatalities", "killed", "died", "lives", "bodies",
        "death toll", "toll", "victims");
    static final Set<String> GROUPS = Set.of("units", "unit", "brigades", "brigade", "battalions", "battalion",
        "divisions", "division", "regiments", "groups", "contingents", "corps", "echelons");
    static final Set<String> GENERIC_COUNT_NOUNS = Set.of("number", "figure", "figures", "tally", "count", "total",
        "estimate", "estimates", "toll", "death toll", "tolls");
    static final Set<String> FORCE_NOUNS = Set.of("force", "contingent", "deployment", "expeditionary force",
        "first contingent", "troop deployment", "presence");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s$");
    private static final Set<String> FUNCTION = Set.of("in", "of", "from", "the", "a", "an", "by", "to", "at", "on",
        "'s", "s");

    public static SubjectProfile of(Name name) {
        Set<String> heads = new LinkedHashSet<>();
        Set<String> keywords = new LinkedHashSet<>();
        Set<String> countNouns = new LinkedHashSet<>(GENERIC_COUNT_NOUNS);
        int personnel = 0;
        int deaths = 0;
        for (String spelling : name.spellings()) {
            String folded = Folded.of(spelling).text().toLowerCase(Locale.ROOT);
            List<String> rest = new ArrayList<>();
            for (String word : WHITESPACE.split(folded)) {
                String w = POSSESSIVE.matcher(word).replaceAll("");
                if (PERSONNEL.contains(w)) {
                    heads.add(w);
                    personnel++;
                } else if (DEATH_HEADS.contains(w) || w.equals("death")) {
                    heads.add(w);
                    deaths++;
                } else if (GROUPS.contains(w)) {
                    continue;
                } else if (!FUNCTION.contains(w) && !w.isBlank()) {
                    rest.add(w);
                }
            }
            if (folded.contains("special forces")) {
                heads.add("special forces");
            }
            if (!rest.isEmpty()) {
                String keyword = String.join(" ", rest);
                keywords.add(keyword);
                // a demonym names its country too: "North Korean" troops come from "North Korea"
                if (keyword.endsWith("ian")) {
                    keywords.add(keyword.substring(0, keyword.length() - 1));
                } else if (keyword.endsWith("an")) {
                    keywords.add(keyword.substring(0, keyword.length() - 1));
                }
            }
        }
        Kind kind = personnel >= deaths && personnel > 0 ? Kind.PEOPLE_UNDER_ARMS : deaths > 0 ? Kind.DEATHS : Kind.OTHER;
        if (kind == Kind.PEOPLE_UNDER_ARMS) {
            heads.addAll(PERSONNEL);
            countNouns.addAll(FORCE_NOUNS);
        } else if (kind == Kind.DEATHS) {
            heads.addAll(DEATH_HEADS);
        } else {
            // an unknown kind of subject: its own last words are what it counts
            for (String spelling : name.spellings()) {
                String[] words = WHITESPACE.split(Folded.of(spelling).text().toLowerCase(Locale.ROOT));
                heads.add(words[words.length - 1]);
            }
        }
        List<String> sorted = new ArrayList<>(keywords);
        sorted.removeIf(String::isBlank);
        sorted.sort((a, b) -> b.length() - a.length());
        return new SubjectProfile(name.name(), kind, Set.copyOf(heads), List.copyOf(sorted), Set.copyOf(countNouns));
    }

    /** Whether a lower-case text mentions one of this subject's keywords as whole words. */
    public boolean mentionedIn(String lowerFolded) {
        return firstMention(lowerFolded) >= 0;
    }

    /** The offset of the last keyword mention in a lower-case text, -1 when none. */
    public int lastMention(String lowerFolded) {
        int best = -1;
        for (String k : keywords) {
            int at = lowerFolded.lastIndexOf(k);
            while (at >= 0 && !wholeWord(lowerFolded, at, k.length())) {
                at = at == 0 ? -1 : lowerFolded.lastIndexOf(k, at - 1);
            }
            best = Math.max(best, at);
        }
        return best;
    }

    public int firstMention(String lowerFolded) {
        int best = -1;
        for (String k : keywords) {
            int at = lowerFolded.indexOf(k);
            while (at >= 0 && !wholeWord(lowerFolded, at, k.length())) {
                at = lowerFolded.indexOf(k, at + 1);
            }
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    static boolean wholeWord(String s, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
        int end = at + length;
        boolean after = end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
        return before && after;
    }
}
