package io.factaudit.language;

import java.util.Locale;
import java.util.Map;

/**
 * The common stem of a word's everyday inflections, so that a sheet's "fighting" also finds
 * "fights", "fought" and "fight", and "engaged" finds "engage" and "engaging". Not a lemmatizer:
 * the stem need not be a word ("battl" for battle, battled, battling), it only has to be the same
 * for the forms of one word. Regular forms lose -s, -es, -ed, -ing and a final -e, with a doubled
 * final consonant undone; irregular verbs come from a table.
 */
public final class Inflections {

    /** Irregular past tenses and participles, mapped to their base form. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
        Map.entry("fought", "fight"), Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("been", "be"),
        Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("am", "be"), Map.entry("being", "be"),
        Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("having", "have"), Map.entry("did", "do"),
        Map.entry("does", "do"), Map.entry("done", "do"), Map.entry("saw", "see"), Map.entry("seen", "see"),
        Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("came", "come"), Map.entry("took", "take"),
        Map.entry("taken", "take"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
        Map.entry("got", "get"), Map.entry("gotten", "get"), Map.entry("made", "make"), Map.entry("led", "lead"),
        Map.entry("fell", "fall"), Map.entry("fallen", "fall"), Map.entry("sent", "send"),
        Map.entry("brought", "bring"), Map.entry("struck", "strike"), Map.entry("stricken", "strike"),
        Map.entry("held", "hold"), Map.entry("left", "leave"), Map.entry("met", "meet"), Map.entry("ran", "run"),
        Map.entry("rose", "rise"), Map.entry("risen", "rise"), Map.entry("said", "say"), Map.entry("told", "tell"),
        Map.entry("thought", "think"), Map.entry("wound", "wind"), Map.entry("won", "win"),
        Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"), Map.entry("drove", "drive"),
        Map.entry("driven", "drive"), Map.entry("flew", "fly"), Map.entry("flown", "fly"), Map.entry("gave", "give"),
        Map.entry("given", "give"), Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("shook", "shake"),
        Map.entry("shaken", "shake"), Map.entry("broke", "break"), Map.entry("broken", "break"),
        Map.entry("chose", "choose"), Map.entry("chosen", "choose"), Map.entry("spoke", "speak"),
        Map.entry("spoken", "speak"), Map.entry("wrote", "write"), Map.entry("written", "write"),
        Map.entry("stood", "stand"), Map.entry("kept", "keep"), Map.entry("built", "build"), Map.entry("lost", "lose"),
        Map.entry("paid", "pay"), Map.entry("sought", "seek"), Map.entry("caught", "catch"),
        Map.entry("taught", "teach"), Map.entry("bought", "buy"), Map.entry("dealt", "deal"),
        Map.entry("meant", "mean"), Map.entry("felt", "feel"), Map.entry("found", "find"),
        Map.entry("became", "become"), Map.entry("overran", "overrun"), Map.entry("swept", "sweep"),
        Map.entry("slept", "sleep"), Map.entry("fled", "flee"), Map.entry("bled", "bleed"), Map.entry("fed", "feed"),
        Map.entry("sped", "speed"), Map.entry("spent", "spend"), Map.entry("lent", "lend"), Map.entry("bent", "bend"),
        Map.entry("shot", "shoot"), Map.entry("lay", "lie"), Map.entry("lain", "lie"), Map.entry("laid", "lay"),
        Map.entry("hid", "hide"), Map.entry("hidden", "hide"), Map.entry("rode", "ride"), Map.entry("ridden", "ride"),
        Map.entry("woke", "wake"), Map.entry("woken", "wake"), Map.entry("wore", "wear"), Map.entry("worn", "wear"),
        Map.entry("tore", "tear"), Map.entry("torn", "tear"), Map.entry("froze", "freeze"),
        Map.entry("frozen", "freeze"), Map.entry("stole", "steal"), Map.entry("stolen", "steal"),
        Map.entry("grew", "grow"), Map.entry("grown", "grow"), Map.entry("threw", "throw"),
        Map.entry("thrown", "throw"), Map.entry("drew", "draw"), Map.entry("drawn", "draw"),
        Map.entry("blew", "blow"), Map.entry("blown", "blow"), Map.entry("sank", "sink"), Map.entry("sunk", "sink"),
        Map.entry("beaten", "beat"), Map.entry("bore", "bear"), Map.entry("borne", "bear"), Map.entry("dug", "dig"),
        Map.entry("stuck", "stick"), Map.entry("heard", "hear"),
        Map.entry("sold", "sell"), Map.entry("understood", "understand"), Map.entry("forgot", "forget"),
        Map.entry("forgotten", "forget"), Map.entry("ate", "eat"), Map.entry("eaten", "eat"),
        Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("people", "person"),
        Map.entry("children", "child"));

    private Inflections() {
    }

    /** Whether a word is an irregular past tense or participle on the table ("fought", "struck", "came"). */
    public static boolean isIrregularPast(String word) {
        return IRREGULAR.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The stem shared by a word's inflected forms; case and curly apostrophes are ignored. */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String base = IRREGULAR.get(w);
        if (base != null) {
            w = base;
        } else if (w.length() > 4 && w.endsWith("ing")) {
            w = w.length() > 5 && w.endsWith("ying") && !isVowel(w.charAt(w.length() - 5))
                ? w.substring(0, w.length() - 4) + "ie" : w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ied")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 5 && w.endsWith("eed") && !w.endsWith("ceed")) {
            w = w.substring(0, w.length() - 1); // agreed, freed; not need, speed, proceed
        } else if (w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return normalize(w);
    }

    /** Makes the stems of base and inflected forms meet: "battle"/"battl", "stopp"/"stop", "study"/"studi". */
    private static String normalize(String w) {
        if (w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && !isVowel(w.charAt(n - 1)) && w.charAt(n - 1) != 's') {
            w = w.substring(0, n - 1);
        }
        n = w.length();
        if (n > 2 && w.charAt(n - 1) == 'y' && !isVowel(w.charAt(n - 2))) {
            w = w.substring(0, n - 1) + "i";
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
