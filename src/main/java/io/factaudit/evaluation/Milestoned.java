package io.factaudit.evaluation;

import java.util.List;

/**
 * An invented subject of the state capabilities with the milestone an editor would write for it,
 * and the words news uses for its change and its state. Every list may be empty: a form that needs
 * a word the topic lacks is not generated for it.
 *
 * @param subject    the sheet's name ("Osk border crossing"), written with "the" in sentences
 * @param spellings  its other spellings, as the names table's "also written as" cell
 * @param plural     whether the subject takes "are" and "have"
 * @param head       the subject's head noun ("crossing"), which "the Lisk crossing" shares
 * @param agent      who makes the change ("Velmora")
 * @param state      the milestone's state as the sheet writes it ("reopened")
 * @param aliases    the milestone's other wordings ("open again, back open")
 * @param changed    the change in the simple past said of the subject ("reopened", "came into force")
 * @param perfect    the same after "has" ("reopened", "come into force")
 * @param did        the change as a transitive verb in the past ("reopened"), done by the agent
 * @param does       that verb in a headline's present ("reopens")
 * @param holds      what the subject is while in the state, after "is" ("open again", "in force")
 * @param opposite   what it is while not in the state, after "is" ("closed", "shut")
 * @param noun       the noun of the change ("reopening"), or null
 * @param around     another thing with a phrase that names the subject ("the road to"), of which a
 *                   sentence may say the state instead
 * @param base       the change in the base form, said of the subject ("reopen", "come into force")
 */
record Milestoned(String subject, String spellings, boolean plural, String head, String agent, String state,
                  String aliases, List<String> changed, List<String> perfect, List<String> did, List<String> does,
                  List<String> holds, List<String> opposite, String noun, String around, List<String> base) {

    /** The milestone's date: before every generated article (Friday 14 March 2025). */
    static final String FROM = "2025-03-03";

    static final List<Milestoned> ALL = List.of(
        new Milestoned("Osk border crossing", "Osk crossing", false, "crossing", "Velmora", "reopened",
            "open again, back open", List.of("reopened"), List.of("reopened"), List.of("reopened"), List.of("reopens"),
            List.of("open again", "back open"), List.of("closed", "shut"), "reopening", "the road to", List.of("reopen")),
        new Milestoned("Brenmoor plant", "Brenmoor factory", false, "plant", "Brontec", "closed",
            "shut, shut down", List.of("closed", "shut down"), List.of("closed", "shut down"), List.of("closed", "shut"),
            List.of("closes", "shuts"), List.of("closed", "shut"), List.of("open"), "closure", "the road to", List.of("close", "shut down")),
        new Milestoned("Tarn fishing ban", "fishing ban", false, "ban", "the ministry", "lifted",
            "scrapped", List.of(), List.of(), List.of("lifted", "scrapped"), List.of("lifts", "scraps"),
            List.of(), List.of(), "lifting", "the appeal against", List.of()),
        new Milestoned("Selva curfew", "curfew in Selva", false, "curfew", "the army", "in force",
            "in effect, came into force, took effect", List.of("came into force", "took effect"),
            List.of("come into force", "taken effect"), List.of(), List.of(), List.of("in force", "in effect"), List.of(),
            null, "the exemption from", List.of("come into force", "take effect")),
        new Milestoned("Tarn rail service", "rail service to Tarn", false, "service", "the operator", "restored",
            "resumed, back in service", List.of("resumed"), List.of("resumed"), List.of("restored", "resumed"),
            List.of("restores", "resumes"), List.of("restored", "back in service"), List.of(), "restoration", "the bus link to", List.of("resume")),
        new Milestoned("Osk Valley schools", "Osk schools", true, "schools", "the district", "reopened",
            "open again, back open", List.of("reopened"), List.of("reopened"), List.of("reopened"), List.of("reopens"),
            List.of("open again", "back open"), List.of("closed", "shut"), "reopening", "the road to", List.of("reopen")),
        new Milestoned("Korvia peace talks", "Korvia talks", true, "talks", "Velmora", "resumed",
            "back on, restarted", List.of("resumed", "restarted"), List.of("resumed", "restarted"), List.of("resumed"),
            List.of("resumes"), List.of("back on"), List.of(), "resumption", "the truce during", List.of("resume", "restart")),
        new Milestoned("Selva water law", "water law", false, "law", "the council", "in effect",
            "in force, took effect, came into force", List.of("took effect", "came into force"),
            List.of("taken effect", "come into force"), List.of(), List.of(), List.of("in effect", "in force"), List.of(),
            null, "the exemption from", List.of("take effect", "come into force")),
        new Milestoned("Brenmoor dock workers", "Brenmoor dockers", true, "workers", "the union", "returned to work",
            "back at work, back to work", List.of("returned to work", "went back to work"),
            List.of("returned to work", "gone back to work"), List.of(), List.of(), List.of("back at work"), List.of(),
            null, "the foreman of", List.of("return to work", "go back to work")),
        new Milestoned("Tarn customer portal", "customer portal", false, "portal", "Brontec", "back online",
            "online again, restored", List.of("came back online"), List.of("come back online"), List.of("restored"),
            List.of("restores"), List.of("back online", "online again"), List.of("offline"), "restoration",
            "the help page of", List.of("come back online")));

    /** "the Osk border crossing". */
    String the() {
        return "the " + subject;
    }

    /** "The Osk border crossing". */
    String The() {
        return "The " + subject;
    }

    /** The subject with its first word as an owner: "Osk's border crossing". */
    String owned() {
        int space = subject.indexOf(' ');
        return subject.substring(0, space) + "'s" + subject.substring(space);
    }

    String be() {
        return plural ? "are" : "is";
    }

    String have() {
        return plural ? "have" : "has";
    }

    /** Another thing with the subject's head noun, of which a sentence may say the state instead. */
    String other() {
        return "the Lisk " + head;
    }
}
