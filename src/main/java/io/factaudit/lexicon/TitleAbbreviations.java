package io.factaudit.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The English title abbreviations written before a name, each with the word it stands for: the
 * civil and military titles the AP Stylebook abbreviates before a full name (Gov., Lt. Gov., Sen.,
 * Rep., Gen., Lt., Maj., Col., Capt., Cmdr., Adm., Sgt., the Rev.), the courtesy and academic titles
 * (Mr., Mrs., Ms., Dr., Prof.) and the abbreviations of titles other house styles use (Pres., Sec.,
 * Amb., Brig., Cdr.). No lexical resource on Maven Central lists them, so this is the one hand list:
 * every reader that must know that "Gen." does not end a sentence, or that it means "general",
 * asks here. A word is given without its period and in any case.
 */
public final class TitleAbbreviations {

    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
        Map.entry("gov", "governor"), Map.entry("sen", "senator"), Map.entry("rep", "representative"),
        Map.entry("gen", "general"), Map.entry("lt", "lieutenant"), Map.entry("maj", "major"),
        Map.entry("col", "colonel"), Map.entry("capt", "captain"), Map.entry("cmdr", "commander"),
        Map.entry("cdr", "commander"), Map.entry("adm", "admiral"), Map.entry("sgt", "sergeant"),
        Map.entry("brig", "brigadier"), Map.entry("pres", "president"), Map.entry("sec", "secretary"),
        Map.entry("amb", "ambassador"), Map.entry("rev", "reverend"), Map.entry("dr", "doctor"),
        Map.entry("prof", "professor"), Map.entry("mr", "mister"), Map.entry("mrs", "missus"),
        Map.entry("ms", "ms"));

    /** Courtesy and academic titles: they say nothing of an office. */
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "dr", "prof", "rev");

    private TitleAbbreviations() {
    }

    /** Whether a word (without its period) is a title abbreviation: "Gen", "sen", "Dr". */
    public static boolean contains(String word) {
        return EXPANSIONS.containsKey(key(word));
    }

    /** The title an abbreviation stands for ("Lt" → "lieutenant"), for office titles only (not "Dr."). */
    public static Optional<String> officeTitle(String word) {
        String k = key(word);
        return COURTESY.contains(k) ? Optional.empty() : Optional.ofNullable(EXPANSIONS.get(k));
    }

    /** Each office title's abbreviation as written before a name ("Gov." → "governor"), in abbreviation order. */
    public static java.util.SortedMap<String, String> offices() {
        java.util.SortedMap<String, String> offices = new java.util.TreeMap<>();
        EXPANSIONS.forEach((abbreviation, title) -> {
            if (!COURTESY.contains(abbreviation)) {
                offices.put(Character.toUpperCase(abbreviation.charAt(0)) + abbreviation.substring(1) + ".", title);
            }
        });
        return offices;
    }

    /** A courtesy or academic title ("Mr.", "Dr.", "Prof."), which stands before a name but is no office. */
    public static boolean isCourtesy(String word) {
        return COURTESY.contains(key(word));
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
