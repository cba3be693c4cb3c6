package io.factaudit.language;

import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.lexicon.TitleAbbreviations;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words titles are made of. A title is a phrase headed by a title word ("minister",
 * "secretary", "spokeswoman", "chief"), often with words that say which office ("defense",
 * "press", "foreign") or change the rank ("deputy", "vice", "prime"), a military rank ("Lt. Gen."),
 * and a country or organisation ("US", "Pentagon", "Ukraine's"). Abbreviated ranks are spelled out.
 */
public final class TitleWords {

    private static final Pattern HYPHENS = Pattern.compile("-+");

    private static final Set<String> HEADS = Set.of(
        "president", "minister", "secretary", "spokesperson", "chief", "head", "director",
        "leader", "general", "ambassador", "envoy", "commander", "chair", "adviser",
        "advisor", "coordinator", "governor", "mayor", "premier", "chancellor", "king", "queen", "prince", "emir",
        "sultan", "administrator", "commissioner", "diplomat", "negotiator", "representative", "senator",
        "congressperson", "speaker", "prosecutor", "attorney", "ceo", "spymaster");

    private static final Set<String> RANKS = Set.of(
        "general", "lieutenant", "major", "colonel", "captain", "admiral", "brigadier", "sergeant", "commander",
        "marshal", "commodore");

    /** Written forms of title words other than the abbreviations of {@link TitleAbbreviations}. */
    private static final Map<String, String> OTHER_FORMS = Map.of("defence", "defense", "vp", "vice president");

    /**
     * Words that name a different, usually lower, office when left out ("press secretary" is not
     * "deputy press secretary"). "Lieutenant" and "major" are not among them: every general officer
     * is addressed as "General".
     */
    private static final Set<String> RANK_CHANGERS = Set.of(
        "deputy", "vice", "assistant", "under", "associate", "co", "prime", "acting", "interim", "junior", "sub");

    /**
     * Words that place a title in the past or the future: the title is still judged as one the person held
     * or is to hold ("elect" of "mayor-elect", a title chosen and not yet taken up).
     */
    private static final Set<String> TIME = Set.of("former", "then", "ex", "onetime", "one-time", "late", "retired",
        "outgoing", "incoming", "erstwhile", "new", "current", "present", "sitting", "serving", "longtime", "long-time",
        "long-serving", "veteran", "elect");

    private static final Set<String> OFFICES = Set.of(
        "senior", "top", "executive", "national", "security", "defense", "foreign", "interior", "home", "health",
        "finance", "economy", "economic", "justice", "state", "military", "intelligence", "press", "emergency",
        "relief", "aid", "humanitarian", "affairs", "communications", "spy", "regional", "energy", "trade", "labor",
        "labour", "education", "information", "public", "special", "climate", "development", "disaster", "management",
        "staff", "armed", "forces", "joint", "air", "force", "army", "navy", "naval", "marine", "police", "border",
        "nuclear", "agency", "ministry", "department", "service", "operations", "council", "commission", "committee",
        "supreme", "transport", "agriculture", "environment", "culture", "science", "technology", "industry",
        "treasury", "commerce", "veterans", "homeland", "cyber", "human", "rights", "refugees", "migration",
        "immigration", "war", "policy", "political", "diplomatic", "white", "house", "lead", "general", "chief",
        "ground", "land", "space", "coast", "guard", "parliamentary", "legal", "media", "civil",
        "protection", "crisis", "response");

    /** Words that start a sentence or a clause but are never part of a name or a title (and months and weekdays). */
    private static final Set<String> FUNCTION = Set.of(
        "the", "a", "an", "on", "in", "at", "by", "as", "after", "before", "when", "while", "since", "meanwhile",
        "however", "but", "and", "or", "also", "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "now",
        "separately", "still", "even", "last", "this", "that", "these", "those", "then", "with", "without", "for",
        "from", "to", "of", "if", "why", "what", "who", "how", "where", "here", "there", "speaking", "visiting",
        "asked", "like", "unlike", "despite", "though", "although", "because", "during", "under", "over", "among",
        "between", "against", "into", "via", "per", "not", "no", "yes", "so", "both", "all", "many", "some", "most",
        "read", "more", "related", "tags",
        "update", "updated", "live", "breaking", "analysis", "opinion", "explainer", "catch", "up", "it", "its", "his",
        "her", "their", "our", "we", "they", "he", "she", "i", "you", "one", "two", "three", "new", "said", "says");

    /** Descriptions rather than titles: "Velmoran leader Ana Sorel", "alliance chief Tomas Verrin". */
    private static final Set<String> DESCRIPTORS = Set.of("leader", "chief", "head", "boss", "strongman", "ruler");

    /** Words that put an office at the top of its body: "Brontec's top executive", "the highest-ranking official". */
    private static final Set<String> TOP = Set.of("top", "highest-ranking", "top-ranking", "topmost");

    /** Offices at the top of a country or a body, which the descriptions above fit. */
    private static final Set<String> TOP_OFFICES = Set.of("president", "minister", "premier", "chancellor", "king",
        "queen", "emir", "sultan", "chair", "leader", "chief", "head", "director", "commander",
        "governor", "mayor", "coordinator");

    private static final Set<String> PRESIDING = Set.of("chair", "speaker");

    /** Owners that stand for the body just named: "the country's defense minister", "the agency's director". */
    private static final Set<String> GENERIC_OWNERS = Set.of("country", "nation", "agency", "government", "ministry",
        "organization", "organisation", "alliance", "bloc", "party", "company", "group", "state", "kingdom", "republic",
        "region", "city", "province", "military", "army", "service");

    /**
     * Nouns for a place or a kind of firm that own an office written right before it, "the county sheriff",
     * "the utility spokeswoman": set apart there as the generic owners are, but no owner of an owner ("the
     * town's water board" is the board's).
     */
    private static final Set<String> OWNERS_BEFORE = Set.of("county", "district", "town", "township", "village",
        "borough", "parish", "municipality", "territory", "firm", "utility", "insurer", "airline", "union");

    /** Forms of address that are not abbreviated (the abbreviated ones are {@link TitleAbbreviations#isCourtesy}). */
    private static final Set<String> HONORIFICS = Set.of("miss", "professor", "sir", "dame", "lord", "lady", "reverend",
        "sheikh", "mx");

    private TitleWords() {
    }

    /** A title word as compared: lower case, abbreviation spelled out ("Lt." is "lieutenant"). */
    public static String normal(String word) {
        String w = lower(word);
        while (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        String bare = w;
        // "spokeswoman" is "spokesperson", "chairman" is "chair": the gender a title is written in is house style
        return TitleAbbreviations.officeTitle(bare).orElseGet(() -> OfficeHolders.genderless(OTHER_FORMS.getOrDefault(bare, bare)));
    }

    /** A word that heads a title: an office ("minister", "spokeswoman") or a rank ("general"). */
    public static boolean isHead(String word) {
        for (String w : parts(word)) {
            if (HEADS.contains(w) || RANKS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a hyphenated title word ("Director-General"), each as compared. */
    private static String[] parts(String word) {
        String w = normal(word);
        return w.indexOf('-') < 0 ? new String[] {w} : HYPHENS.split(w);
    }

    public static boolean isRank(String word) {
        return RANKS.contains(normal(word));
    }

    /** A military rank that heads no office ("lieutenant", "captain"; not "commander", "general"). */
    public static boolean isRankOnly(String word) {
        String w = normal(word);
        return RANKS.contains(w) && !HEADS.contains(w);
    }

    public static boolean isRankChanger(String word) {
        return RANK_CHANGERS.contains(normal(word));
    }

    public static boolean isTime(String word) {
        return TIME.contains(normal(word));
    }

    /** Any word a title may be made of, other than countries and organisations. */
    public static boolean isTitleWord(String word) {
        if (TIME.contains(normal(word))) {
            return true;
        }
        for (String w : parts(word)) {
            if (!(HEADS.contains(w) || RANKS.contains(w) || RANK_CHANGERS.contains(w) || OFFICES.contains(w)
                || TIME.contains(w) || w.contains(" "))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isFunctionWord(String word) {
        String lower = lower(word);
        return FUNCTION.contains(lower) || CalendarWords.isMonth(lower) || CalendarWords.isWeekdayName(lower);
    }

    /** A word in lower case with diacritics and curly apostrophes folded; plain ASCII words go the short way. */
    static String lower(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return Folded.of(word).text().toLowerCase(Locale.ROOT);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    public static boolean isDescriptor(String word) {
        return DESCRIPTORS.contains(normal(word));
    }

    public static boolean isTop(String word) {
        return TOP.contains(normal(word));
    }

    /**
     * "chair", "speaker": one who presides over a body's meetings, at its top but not its executive head,
     * so no other office at the top ("director") is theirs.
     */
    public static boolean isPresiding(String word) {
        return PRESIDING.contains(normal(word));
    }

    public static boolean isTopOffice(String word) {
        return TOP_OFFICES.contains(normal(word));
    }

    /** "country" of "the country's defense minister": an owner that says nothing of which body. */
    public static boolean isGenericOwner(String word) {
        return GENERIC_OWNERS.contains(normal(word));
    }

    /** "county" of "the county sheriff": a generic owner, or a place or kind of firm that owns the office after it. */
    public static boolean isOwnerBefore(String word) {
        return isGenericOwner(word) || OWNERS_BEFORE.contains(normal(word));
    }

    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(normal(word)) || TitleAbbreviations.isCourtesy(word);
    }
}
