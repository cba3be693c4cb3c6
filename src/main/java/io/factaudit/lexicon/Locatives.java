package io.factaudit.lexicon;

import java.util.Set;

/**
 * English prepositions that put what precedes them inside a place ("died in", "across", "throughout",
 * "in and around", "fled into": the destination of a motion is where they then are). A closed class that part-of-speech tags do not tell apart from other prepositions
 * (ADP covers "from", "by", "after" too), so it is listed here, once.
 */
public final class Locatives {

    /** Prepositions of containment, spread, location at a point ("posts will close at X") and destination ("into X"). */
    public static final Set<String> PREPOSITIONS = Set.of("in", "inside", "within", "across", "throughout", "around", "at", "into");

    /** The adverb that points back to a place named earlier ("have died there"). */
    public static final String THERE = "there";

    /**
     * Words that say a count is of the whole rather than of a place ("nationwide", "in all", "the total",
     * "across the country"): a closed class of English, kept with the prepositions of place.
     */
    public static final Set<String> WHOLE = Set.of("nationwide", "countrywide", "overall", "altogether", "total", "totals",
        "all", "country", "nation", "national", "whole", "entire");

    private Locatives() {
    }
}
