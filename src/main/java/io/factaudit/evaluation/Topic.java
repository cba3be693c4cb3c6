package io.factaudit.evaluation;

import java.util.List;

/**
 * A topic of the capability suite: what the sheet counts and how sentences say it. Every clause
 * holds "{N}" where the number stands.
 *
 * @param subject     the sheet's subject name
 * @param spellings   its other spellings, as the "also written as" cell
 * @param clauses     clauses that state a count of the subject
 * @param negations   the first clause negated
 * @param forecasts   the first clause as a forecast
 * @param otherOwner  the first clause with the counted people belonging to another country (empty when the topic has no owner)
 */
record Topic(String subject, String spellings, List<String> clauses, List<String> negations, List<String> forecasts,
             List<String> otherOwner) {

    /** Invented topics, each with the sheet words an editor would write for it. */
    static final List<Topic> ALL = List.of(
        new Topic("Dalvanian troops", "Dalvanian soldiers, Dalvanian forces",
            List.of("{N} Dalvanian soldiers had crossed the border", "{N} Dalvanian troops are stationed near the border"),
            List.of("{N} Dalvanian soldiers had not crossed the border"),
            List.of("{N} Dalvanian soldiers could cross the border", "the number of Dalvanian soldiers could climb to {N}"),
            List.of("{N} soldiers mobilized by Korvia had crossed the border", "{N} Korvian soldiers had crossed the border",
                "{N} troops sent by Korvia had crossed the border")),
        new Topic("storm deaths", "people killed, dead",
            List.of("{N} people died in the storm", "{N} people were killed in the storm", "the storm killed {N} people"),
            List.of("{N} people did not die in the storm"),
            List.of("{N} people could die in the storm", "the number of deaths could climb to {N}"), List.of()),
        new Topic("people evacuated", "evacuees",
            List.of("{N} people were evacuated from the valley", "{N} evacuees were housed in schools"),
            List.of("{N} people were not evacuated from the valley"),
            List.of("{N} people could be evacuated from the valley", "the number of evacuees could climb to {N}"), List.of()),
        new Topic("strikers", "striking workers",
            List.of("{N} strikers marched through the capital", "{N} striking workers rallied outside the plant"),
            List.of("{N} strikers did not march through the capital"),
            List.of("{N} strikers could march through the capital", "the number of strikers could climb to {N}"), List.of()),
        new Topic("measles cases", "cases of measles",
            List.of("{N} measles cases have been confirmed", "{N} cases of measles were reported"),
            List.of("{N} measles cases have not been confirmed"),
            List.of("{N} measles cases could be confirmed", "the number of measles cases could climb to {N}"), List.of()),
        new Topic("votes cast", "ballots cast",
            List.of("{N} votes were cast in the referendum", "{N} ballots were cast in the referendum"),
            List.of("{N} votes were not cast in the referendum"),
            List.of("{N} votes could be cast in the referendum", "the number of votes could climb to {N}"), List.of()),
        new Topic("acres burned", "acres scorched",
            List.of("the fire has burned {N} acres", "{N} acres have burned", "{N} acres were scorched"),
            List.of("the fire has not burned {N} acres"),
            List.of("the fire could burn {N} acres", "the number of acres burned could climb to {N}"), List.of()),
        new Topic("Dalvanian refugees", "refugees from Dalvania",
            List.of("{N} Dalvanian refugees have crossed into Lisk", "{N} refugees from Dalvania arrived in Lisk"),
            List.of("{N} Dalvanian refugees have not crossed into Lisk"),
            List.of("{N} Dalvanian refugees could cross into Lisk", "the number of Dalvanian refugees could climb to {N}"),
            List.of("{N} Korvian refugees have crossed into Lisk", "{N} refugees from Korvia arrived in Lisk")),
        new Topic("jobs cut", "layoffs, job cuts",
            List.of("Brontec has cut {N} jobs", "{N} jobs were cut at Brontec", "{N} layoffs were announced at Brontec"),
            List.of("Brontec has not cut {N} jobs"),
            List.of("Brontec could cut {N} jobs", "the number of job cuts could climb to {N}"), List.of()));

    static Topic troops() {
        return ALL.get(0);
    }

    /** A clause with its number written in. */
    static String with(String clause, String number) {
        return clause.replace("{N}", number);
    }
}
