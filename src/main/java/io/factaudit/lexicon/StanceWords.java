package io.factaudit.lexicon;

import java.util.Set;

/**
 * The words other than verbs of expecting, doubting and confirming ({@link AttitudeVerbs}) that
 * say how a speaker stands to what a clause reports. WordNet has no class for them: they are
 * adjectives, adverbs and nouns of likelihood, readiness and hearsay, taken from English grammar
 * (modality and evidentiality), none from an article.
 */
public final class StanceWords {

    /**
     * What is likely, ready, wished, feared or due, and nouns of what may come: what a clause
     * says of the future, not of now ("likely to", "poised to", "hope to", "the prospect of").
     */
    public static final Set<String> FORECAST = Set.of("likely", "unlikely", "poised", "prepare", "prepares", "preparing",
        "ready", "soon", "possible", "possibly", "potentially", "perhaps", "maybe", "probably", "hope", "hopes", "hoped",
        "threaten", "threatens", "threatened", "want", "wants", "wanted", "fear", "fears", "feared", "scheduled", "due",
        "imminent", "imminently", "prospect", "prospects", "possibility", "likelihood", "risk", "chance", "chances",
        "danger", "potential", "threat");
    /** Forecast only before "to": "set to", "about to", "going to", "aims to", "seeks to", "needs to", a plan's "supposed to", "meant to". */
    public static final Set<String> FORECAST_BEFORE_TO = Set.of("set", "about", "going", "aim", "aims", "seek", "seeks",
        "need", "needs", "supposed", "meant");
    /** Nouns of hearsay and the adjective of what is only said: "rumours that", "speculation that", "the alleged". */
    public static final Set<String> HEARSAY = Set.of("rumor", "rumors", "rumour", "rumours", "speculation", "hoax",
        "alleged");

    /**
     * Words that make a figure a stated plan or expectation, which is a claim ("the co-op intends to
     * plant 400 hives", "a budget set at 300"): the verbs of intending, planning, promising and
     * deciding in their written forms, and the plan's "set" and "scheduled".
     */
    public static final Set<String> PLAN = Set.of("intended", "intends", "intend", "plan", "plans", "planned", "promised",
        "promise", "expects", "expected", "expect", "decided", "pledged", "aims", "aimed", "scheduled", "set");

    private StanceWords() {
    }

    /**
     * "unconfirmed", "unverified", "uncorroborated": un- before the participle of a verb of
     * confirming says a report is not vouched for.
     */
    public static boolean unconfirmed(String lowerWord) {
        return lowerWord.startsWith("un") && lowerWord.endsWith("ed") && AttitudeVerbs.confirms(lowerWord.substring(2));
    }
}
