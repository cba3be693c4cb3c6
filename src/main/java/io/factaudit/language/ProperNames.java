package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the full names of people in a text: two to four capitalized words ("Lloyd Austin",
 * "Bashar al-Assad", "Lloyd J. Austin III") once the words before them that are titles, countries,
 * organisations or sentence openers are set aside ("Defense Secretary Lloyd Austin" names
 * "Lloyd Austin"). Words that name places and bodies ("House", "Council", "Kursk Oblast") are not
 * names of people.
 */
public final class ProperNames {

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "de", "del", "della", "di",
        "da", "dos", "das", "du", "van", "von", "der", "den", "le", "la", "bint", "ben");

    private static final Set<String> NOT_PERSON = Set.of(
        "house", "department", "ministry", "council", "committee", "agency", "service", "office", "nations", "union",
        "organization", "organisation", "assembly", "parliament", "duma", "congress", "senate", "court", "bank", "fund",
        "institute", "university", "foundation", "group", "party", "army", "navy", "force", "forces", "corps", "guard",
        "command", "helmets", "cross", "crescent", "health", "intelligence", "security", "province", "region", "oblast",
        "city", "street", "square", "airport", "sea", "river", "mountains", "mountain", "strait", "peninsula", "island",
        "islands", "valley", "district", "county", "state", "states", "republic", "kingdom", "federation", "news",
        "times", "post", "daily", "weekly", "press", "media", "online", "live", "hub", "reuters", "kremlin", "pentagon",
        "white", "war", "world", "international", "national", "central", "north", "south", "east", "west", "eastern",
        "western", "northern", "southern", "far", "middle", "airlines", "company", "corporation", "inc", "ltd",
        "center", "centre", "hospital", "school", "church", "mosque", "museum", "stadium", "bridge", "park", "station",
        "port", "base", "border", "front", "research", "armament", "conflict", "legislative", "democratic", "general",
        "program", "programme", "project", "plan", "treaty", "act", "law", "agreement", "accord", "summit", "forum",
        "day", "week", "year", "games", "cup", "league", "club", "team", "review", "journal", "herald", "tribune",
        "gazette", "network", "channel", "radio", "television", "tv", "broadcasting", "commission",
        "authority", "directorate", "bureau", "administration", "government", "cabinet", "embassy", "consulate",
        "mission", "brigade", "division", "battalion", "regiment", "fleet", "academy", "college", "hall", "tower",
        "palace", "avenue", "road", "highway", "airbase", "krai", "territory", "territories",
        "coast", "gulf", "ocean", "lake", "desert", "plain", "hills", "basin", "line", "zone", "area", "crossing",
        "gate", "market", "exchange", "index", "prize", "award", "festival", "airways", "railways", "energy", "oil",
        "gas", "motors", "systems", "technologies", "defence", "defense", "civil", "emergency", "management",
        "disaster", "relief", "affairs", "humanitarian", "human", "rights", "watch", "amnesty", "doctors", "red",
        "medical", "care", "aid", "storm", "key", "app", "settings", "privacy", "policy", "cookie", "cookies",
        "subscribe", "share", "newsletter", "latest", "stories", "headlines", "weather", "map", "frontline",
        "updates", "everything", "know", "facebook", "whatsapp", "email", "twitter", "instagram", "telegram");

    private ProperNames() {
    }

    /** Every full name of a person in a stretch of text, in order. */
    public static List<Span> in(String text, Span range) {
        return in(NameTokens.of(text, range));
    }

    public static List<Span> in(NameTokens tokens) {
        return isHeadline(tokens) ? List.of() : evenInHeadlines(tokens);
    }

    /** Every full name, even in a line in title case, where capitals say little: for comparing with known names. */
    public static List<Span> evenInHeadlines(NameTokens tokens) {
        List<Span> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.joinedToPrevious(end) && continuesName(tokens, end)) {
                end++;
            }
            personIn(tokens, i, end).ifPresent(names::add);
            i = end;
        }
        return names;
    }

    /** A line in title case ("North Korean Soldiers Arrive in Kursk"): its capitals say nothing of names. */
    private static boolean isHeadline(NameTokens tokens) {
        int words = 0;
        int capitalized = 0;
        for (NameToken t : tokens.tokens()) {
            if (t.text().length() > 3) {
                words++;
                capitalized += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalized * 10 >= words * 7;
    }

    /** Whether a word, written alone, could only be part of the name of a person. */
    public static boolean isNameWord(NameToken token) {
        String lower = Folded.of(token.text()).text().toLowerCase(Locale.ROOT);
        return token.capitalized() && !token.acronym() && !TitleWords.isFunctionWord(lower)
            && !TitleWords.isTitleWord(lower) && !TitleWords.isHonorific(lower) && !Countries.isCountryWord(lower)
            && !NOT_PERSON.contains(lower);
    }

    private static boolean startsName(NameTokens tokens, int i) {
        return tokens.get(i).capitalized();
    }

    private static boolean continuesName(NameTokens tokens, int i) {
        NameToken t = tokens.get(i);
        if (t.capitalized()) {
            return true;
        }
        // "Bashar al-Assad" is covered by capitalized(); "Ursula von der Leyen" needs particles
        return PARTICLES.contains(t.text().toLowerCase(Locale.ROOT)) && i + 1 < tokens.size()
            && tokens.joinedToPrevious(i + 1) && (tokens.get(i + 1).capitalized()
            || PARTICLES.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)));
    }

    private static java.util.Optional<Span> personIn(NameTokens tokens, int from, int to) {
        int start = from;
        for (int k = from; k < to; k++) {
            NameToken t = tokens.get(k);
            boolean particle = !t.capitalized();
            if (!particle && !t.initial() && (!isNameWord(t) || tokens.isCountryWord(k)) && !isGenerationSuffix(t)) {
                start = k + 1;
            }
        }
        int words = 0;
        for (int k = start; k < to; k++) {
            NameToken t = tokens.get(k);
            if (t.capitalized() && !t.initial() && !isGenerationSuffix(t)) {
                words++;
            }
        }
        if (words < 2 || words > 4 || !tokens.get(start).capitalized() || tokens.get(start).initial()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Span(tokens.get(start).span().start(), tokens.get(to - 1).span().end()));
    }

    private static boolean isGenerationSuffix(NameToken t) {
        String s = t.text();
        return s.equals("II") || s.equals("III") || s.equals("IV") || s.equals("Jr.") || s.equals("Sr.");
    }
}
