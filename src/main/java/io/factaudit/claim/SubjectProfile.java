package io.factaudit.claim;

import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;
import io.factaudit.sheet.Name;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an estimates subject looks like in text, learned from its sheet name and other spellings
 * alone, for any topic: its heads (what is counted, and what is said of it: the last common word
 * of each spelling and the words said of it, each with its WordNet family, so "storm deaths" reads
 * "died", "dead" and "deaths", and "people evacuated" reads "evacuees"), its keywords (the words
 * that make it this subject and not another: "North Korean", "DPRK", "Turkey", "storm") and its
 * count nouns ("toll", "number", "figure"). Whether "N people" is this subject is decided by what
 * the sentence says of them, against the heads. Its acts are the nouns of the act its words name
 * ("evacuation" of "people evacuated", "closures" of "libraries closed"): a sentence naming one names
 * the subject when no keyword does.
 */
public record SubjectProfile(String subject, Set<String> heads, List<String> keywords, Set<String> countNouns,
                             List<SpellingFrame> frames, Set<String> alone, boolean oneOrigin,
                             List<PredicateSpelling> predicates, Set<String> acts, boolean owned) {

    /** Nouns that name a group of people rather than people ("two units of 6,000 soldiers each"): they are not counted. */
    static final Set<String> GROUPS = Set.of("units", "unit", "brigades", "brigade", "battalions", "battalion",
        "divisions", "division", "regiments", "groups", "contingents", "corps", "echelons");
    /** Nouns that name a figure rather than what it counts ("the toll stood at", "put the number at"). */
    static final Set<String> GENERIC_COUNT_NOUNS = Set.of("number", "figure", "figures", "tally", "count", "total",
        "estimate", "estimates", "toll", "death toll", "tolls");
    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Profiles by name: learned once per name, not once per article that counts it. */
    private static final java.util.Map<Name, SubjectProfile> LEARNED = new java.util.concurrent.ConcurrentHashMap<>();

    public static SubjectProfile of(Name name) {
        if (LEARNED.size() > 10_000) {
            LEARNED.clear(); // sheets edited over a long session: only the names in use are kept
        }
        return LEARNED.computeIfAbsent(name, ProfileLearner::learn);
    }

    /** The only candidate one of whose heads is among the lower-case words ("death toll", "cases"), else null. */
    static SubjectProfile headedBy(List<SubjectProfile> candidates, List<String> lowerWords) {
        List<SubjectProfile> headed = candidates.stream().filter(p -> lowerWords.stream().anyMatch(p::isHead)).toList();
        return headed.size() == 1 ? headed.get(0) : null;
    }

    /** Whether one of the subject's spellings, with the count inserted, governs the noun group {@code first}..{@code head}. */
    boolean framed(CountSentence s, int first, int head) {
        return frames.stream().anyMatch(f -> f.governs(s, first, head));
    }

    /** Whether a number with no noun is followed by the participle of one of the subject's verbs that take people ("12,000 forced from homes"). */
    boolean elided(CountSentence s, int after) {
        return frames.stream().anyMatch(f -> f.elided(s, after));
    }

    /** Whether a number with no noun is the whole object of one of the subject's verbs that take people ("detain 63"). */
    boolean elidedObject(CountSentence s, int first, int after) {
        return frames.stream().anyMatch(f -> f.elidedObject(s, first, after));
    }

    /**
     * Whether one of the subject's spellings governs the number's words {@code after}..{@code end}: the
     * spelling with the count inserted, its noun any word of the group ("12 dead lost their lives"), or
     * its noun left out ("12,000 forced from homes").
     */
    boolean framedGroup(CountSentence s, CountedNumber n) {
        for (int h = n.after(); h < n.end(); h++) {
            if (framed(s, n.first(), h)) {
                return true;
            }
        }
        return elided(s, n.after()) || n.after() == n.end() && elidedObject(s, n.first(), n.after())
            || predicated(s, n.after(), n.end());
    }

    /** Whether one of the subject's predicates follows the number's words: "6,300 remain without power". */
    boolean predicated(CountSentence s, int after, int end) {
        // people where a spelling, a head or the name's own noun is people ("people without heating")
        boolean people = countsPeople() || heads.stream().anyMatch(Persons::namesPeople)
            || java.util.Arrays.stream(WHITESPACE.split(subject.toLowerCase(Locale.ROOT))).anyMatch(Persons::namesPeople);
        return predicates.stream().anyMatch(p -> p.saidOf(s, after, end, heads, people));
    }

    /** The verb of one of the subject's spellings whose object is the noun group ("would cut 4,800 jobs"), or -1. */
    int activeVerb(CountSentence s, int first, int head) {
        return frames.stream().mapToInt(f -> f.activeVerb(s, first, head)).filter(v -> v >= 0).findFirst().orElse(-1);
    }

    /** Whether what the subject counts is people: one of its spellings counts a person noun ("people evacuated", "evacuees"). */
    boolean countsPeople() {
        return frames.stream().anyMatch(SpellingFrame::countsPeople);
    }

    /** Whether a noun is what one of the subject's spellings counts ("deaths", "cases", "posts" of "jobs cut"). */
    boolean counts(String lower) {
        return frames.stream().anyMatch(f -> f.counts(lower));
    }

    /**
     * Whether a noun is, in any inflection, one of the subject's spellings by itself ("refugee" of a
     * sheet that spells "refugees"): the noun alone then names the subject, with no keyword beside it.
     */
    boolean spelledAlone(String lower) {
        if (alone.contains(lower)) {
            return true;
        }
        Set<String> lemmas = WordNet.lemmas(lower, POS.NOUN);
        return !lemmas.isEmpty() && alone.stream().anyMatch(a -> WordNet.lemmas(a, POS.NOUN).stream().anyMatch(lemmas::contains));
    }

    /** Whether a lower-case word is a noun of the act the subject's words name ("evacuation", "closures"). */
    boolean isAct(String lower) {
        return acts.contains(lower);
    }

    /** Whether a lower-case word is one of the heads: what is counted or said of it. */
    public boolean isHead(String lower) {
        return heads.contains(lower);
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
