package io.factaudit.language;

import java.util.HashMap;
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
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        } else if (k.endsWith("'")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    /** The country that words name ("Ukrainian", "Ukraine's", "U.S."), when they name one. */
    public static Optional<String> of(String words) {
        return Optional.ofNullable(BY_WORDS.get(key(words)));
    }

    /** Whether one word is a country's name or adjective ("Ukrainian", "Syria's"). */
    public static boolean isCountryWord(String word) {
        return BY_WORDS.containsKey(key(word));
    }

    /**
     * Which of a text's words are part of a country's name or adjective, the longest that fits
     * first: "South Korean" marks both words, while "Martin" of "Saint Martin" stays a name.
     */
    static boolean[] words(NameTokens tokens) {
        boolean[] country = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int n = Math.min(LONGEST, tokens.size() - i);
            for (; n > 0; n--) {
                if (n > 1 && !joined(tokens, i, n)) {
                    continue;
                }
                StringBuilder words = new StringBuilder(tokens.get(i).text());
                for (int k = i + 1; k < i + n; k++) {
                    words.append(' ').append(tokens.get(k).text());
                }
                if (BY_WORDS.containsKey(key(words.toString()))) {
                    break;
                }
            }
            for (int k = 0; k < n; k++) {
                country[i + k] = true;
            }
            i += Math.max(n, 1);
        }
        return country;
    }

    private static boolean joined(NameTokens tokens, int from, int n) {
        for (int k = from + 1; k < from + n; k++) {
            if (!tokens.joinedToPrevious(k)) {
                return false;
            }
        }
        return true;
    }
}
