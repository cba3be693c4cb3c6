package io.factaudit.language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries by their names, the adjectives for them and the capitals that stand for their
 * governments: "Ukrainian", "Ukraine's", "Kyiv" and "Ukraine" all name Ukraine; "US", "U.S.",
 * "American" and "Washington" name the United States. Names come from the JDK's
 * English country names, with the usual short forms and the adjectives news writing uses.
 */
public final class Countries {

    private static final Map<String, String> BY_WORDS = new HashMap<>();
    private static final int LONGEST = 5;

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.contains("(") && !name.contains(" - ") && !name.contains(",") && !name.contains("&")) {
                put(name, name);
            }
        }
        String[][] more = {
            {"United States", "US", "USA", "America", "American", "United States of America", "Washington", "White House"},
            {"United Kingdom", "UK", "Britain", "Great Britain", "British", "English", "Scottish", "Welsh", "London",
                "Downing Street"},
            {"Russia", "Russian", "Russian Federation", "Soviet", "Moscow", "Kremlin"},
            {"Ukraine", "Ukrainian", "Kyiv", "Kiev"},
            {"North Korea", "North Korean", "DPRK", "Democratic People's Republic of Korea", "Pyongyang"},
            {"Korea", "Korean"},
            {"South Korea", "South Korean", "Republic of Korea", "ROK", "Seoul"},
            {"Turkey", "Turkish", "Türkiye", "Turkiye", "Ankara"},
            {"Syria", "Syrian", "Damascus"}, {"Iran", "Iranian", "Tehran"}, {"Belarus", "Belarusian", "Minsk"}, {"Iraq", "Iraqi"}, {"Israel", "Israeli"},
            {"Palestine", "Palestinian"}, {"Lebanon", "Lebanese"}, {"Jordan", "Jordanian"}, {"Egypt", "Egyptian"},
            {"Saudi Arabia", "Saudi"}, {"Yemen", "Yemeni"}, {"Afghanistan", "Afghan"}, {"Pakistan", "Pakistani"},
            {"India", "Indian"}, {"China", "Chinese", "Beijing"}, {"Japan", "Japanese", "Tokyo"}, {"Taiwan", "Taiwanese"},
            {"Vietnam", "Vietnamese"}, {"Philippines", "Filipino", "Philippine"}, {"Indonesia", "Indonesian"},
            {"Australia", "Australian"}, {"New Zealand", "New Zealander"}, {"Fiji", "Fijian"}, {"Canada", "Canadian"},
            {"Mexico", "Mexican"}, {"Brazil", "Brazilian"}, {"Argentina", "Argentine", "Argentinian"},
            {"France", "French", "Paris"}, {"Germany", "German", "Berlin"}, {"Italy", "Italian"}, {"Spain", "Spanish"},
            {"Portugal", "Portuguese"}, {"Netherlands", "Dutch", "Holland"}, {"Belgium", "Belgian"},
            {"Poland", "Polish"}, {"Czechia", "Czech", "Czech Republic"}, {"Slovakia", "Slovak"},
            {"Hungary", "Hungarian"}, {"Romania", "Romanian"}, {"Bulgaria", "Bulgarian"}, {"Greece", "Greek"},
            {"Serbia", "Serbian"}, {"Croatia", "Croatian"}, {"Moldova", "Moldovan"},
            {"Georgia", "Georgian"}, {"Armenia", "Armenian"}, {"Azerbaijan", "Azerbaijani"},
            {"Kazakhstan", "Kazakh"}, {"Sweden", "Swedish"}, {"Norway", "Norwegian"}, {"Finland", "Finnish"},
            {"Denmark", "Danish"}, {"Estonia", "Estonian"}, {"Latvia", "Latvian"}, {"Lithuania", "Lithuanian"},
            {"Ireland", "Irish"}, {"Switzerland", "Swiss"}, {"Austria", "Austrian"}, {"Cyprus", "Cypriot"},
            {"Qatar", "Qatari"}, {"Kuwait", "Kuwaiti"}, {"United Arab Emirates", "UAE", "Emirati"},
            {"Nigeria", "Nigerian"}, {"Kenya", "Kenyan"}, {"Ethiopia", "Ethiopian"}, {"South Africa", "South African"},
            {"Sudan", "Sudanese"}, {"Libya", "Libyan"}, {"Tunisia", "Tunisian"}, {"Morocco", "Moroccan"},
            {"Algeria", "Algerian"}, {"Somalia", "Somali"}, {"Venezuela", "Venezuelan"}, {"Cuba", "Cuban"},
            {"Colombia", "Colombian"}, {"Chile", "Chilean"}, {"Peru", "Peruvian"}, {"Thailand", "Thai"},
            {"Myanmar", "Burmese", "Burma"}, {"Malaysia", "Malaysian"}, {"Singapore", "Singaporean"},
            {"Mongolia", "Mongolian"}, {"Bangladesh", "Bangladeshi"}, {"Sri Lanka", "Sri Lankan"},
            {"Nepal", "Nepalese", "Nepali"}, {"Kosovo", "Kosovar"}, {"Albania", "Albanian"}, {"Bosnia", "Bosnian"},
        };
        for (String[] row : more) {
            for (String spelling : row) {
                put(spelling, row[0]);
            }
        }
    }

    private Countries() {
    }

    private static void put(String spelling, String country) {
        BY_WORDS.put(key(spelling), country);
    }

    private static String key(String words) {
        String k = TitleWords.lower(words.strip());
        if (k.indexOf('.') >= 0) {
            k = Folded.of(words.strip()).text().toLowerCase(Locale.ROOT);
        }
        return withoutPossessive(k);
    }

    /** The country that words name ("Ukrainian", "Ukraine's", "U.S."), when they name one. */
    public static Optional<String> of(String words) {
        return Optional.ofNullable(BY_WORDS.get(key(words)));
    }

    /** The endings English adds to a place's name to make its adjective (Albania-n, Brazil-ian, Japan-ese, Iraq-i). */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("n", "an", "ian", "ese", "i", "ish");

    /**
     * The adjectives English would make of a one-word place's name that no list holds (an invented
     * or unlisted one): the name, or the name less a final vowel, and one of the endings above
     * ("Velmora": "Velmoran"; "Osk": "Oskian", "Oskan"). A name of several words has none.
     */
    public static List<String> adjectivesOf(String name) {
        String n = name.strip();
        if (n.isEmpty() || n.indexOf(' ') >= 0 || !Character.isUpperCase(n.charAt(0)) || n.length() < 3) {
            return List.of();
        }
        List<String> stems = new java.util.ArrayList<>(List.of(n));
        if ("aeiouy".indexOf(Character.toLowerCase(n.charAt(n.length() - 1))) >= 0) {
            stems.add(n.substring(0, n.length() - 1));
        }
        List<String> adjectives = new java.util.ArrayList<>();
        for (String stem : stems) {
            for (String ending : ADJECTIVE_ENDINGS) {
                adjectives.add(stem + ending);
            }
        }
        return adjectives;
    }

    /** Whether one word is a country's name or adjective ("Ukrainian", "Syria's"). */
    public static boolean isCountryWord(String word) {
        return BY_WORDS.containsKey(key(word));
    }

    /**
     * Which of a text's words are part of a country's name or adjective, the longest that fits
     * first: "South Korean" marks both words, while "Martin" of "Saint Martin" stays a name. Words
     * are looked up word by word in {@link #FIRST_WORDS} (each token lower-cased once), not by
     * building and hashing every n-gram's string.
     */
    static boolean[] words(NameTokens tokens) {
        int size = tokens.size();
        boolean[] country = new boolean[size];
        String[] lower = new String[size];
        int i = 0;
        while (i < size) {
            int window = 1; // n-grams past the first word need their words joined by spaces alone
            while (window < Math.min(LONGEST, size - i) && tokens.joinedToPrevious(i + window)) {
                window++;
            }
            int n = longestAt(tokens, i, window, lower);
            for (int k = 0; k < n; k++) {
                country[i + k] = true;
            }
            i += Math.max(n, 1);
        }
        return country;
    }

    /** The number of words from i (at most window) that name a country, the longest first; 0 when none does. */
    private static int longestAt(NameTokens tokens, int i, int window, String[] lower) {
        int plain = window; // the words before the first that holds a period: those are looked up word by word
        for (int k = 0; k < window; k++) {
            if (lower(tokens, i + k, lower).indexOf('.') >= 0) {
                plain = k;
                break;
            }
        }
        for (int n = window; n > plain; n--) { // a period folds across words ("U.S."): the whole words' key, as written
            StringBuilder words = new StringBuilder(tokens.get(i).text());
            for (int k = i + 1; k < i + n; k++) {
                words.append(' ').append(tokens.get(k).text());
            }
            if (BY_WORDS.containsKey(key(words.toString()))) {
                return n;
            }
        }
        int found = 0;
        Node node = ROOT;
        for (int n = 1; n <= plain && node != null; n++) {
            String word = lower[i + n - 1];
            Node last = node.next(withoutPossessive(word));
            if (last != null && last.whole) {
                found = n;
            }
            node = node.next(word);
        }
        return found;
    }

    private static String lower(NameTokens tokens, int k, String[] lower) {
        if (lower[k] == null) {
            lower[k] = TitleWords.lower(tokens.get(k).text());
        }
        return lower[k];
    }

    /** Every country key, word by word: a path from the root that ends on a whole key is a name. */
    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private boolean whole;

        Node next(String word) {
            return next.get(word);
        }

        void add(String key) {
            Node node = this;
            for (String word : key.split(" ", -1)) {
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
            node.whole = true;
        }
    }

    private static final Node ROOT = new Node();

    static {
        BY_WORDS.keySet().forEach(ROOT::add);
    }

    private static String withoutPossessive(String k) {
        if (k.endsWith("'s")) {
            return k.substring(0, k.length() - 2);
        }
        return k.endsWith("'") ? k.substring(0, k.length() - 1) : k;
    }
}
