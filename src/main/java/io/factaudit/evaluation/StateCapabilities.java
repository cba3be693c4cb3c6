package io.factaudit.evaluation;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.claim.StateClaim;
import io.factaudit.lexicon.StatesInForce;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capabilities of milestones: invented subjects ({@link Milestoned}: a border crossing reopened,
 * a plant closed, a ban lifted, a curfew in force, a service restored, schools reopened, talks
 * resumed, a law in effect, dockers back at work) told in the forms news uses. Each affirming form
 * must read one claim of the state, each denying form one denial, the noun of the change none; the
 * directional ones say the state of another thing in the same sentence, which must not be taken for
 * the subject's, or put the state as a plan, a time to come or an aim, which says nothing of now.
 *
 * <p>Placeholders: {The}/{the} the subject with its article, {Bare} without it, {Own} with its first
 * word as an owner ("Osk's border crossing"), {head} its head noun, {A}/{a} the agent,
 * {It}/{be}/{have}/{was}/{remains} agreeing with the subject, {other}/{Other} another thing of its head
 * noun, {around}/{Around} a phrase that names the subject inside another thing's name, {noun} the
 * noun of the change; and one list slot of {@link Milestoned} each: {changed}, {perfect}, {did},
 * {does}, {holds}, {opp}, {base}.
 */
final class StateCapabilities {

    static final List<String> AFFIRMED = List.of("{The} {changed} on Monday.", "{The} {have} {perfect}.",
        "{The} {changed} again on Monday.", "{The} {have} now {perfect}, officials said.",
        "{A} {did} {the} on Monday.", "{A} has {did} {the}.", "{The} {was} {did} on Monday.",
        "{The} {have} been {did} since March 3.", "{The}, which {A} {did} on Monday, drew crowds.",
        "{A} {does} {Bare}", "{The} {be} {holds}.", "{The} {be} now {holds}, officials said.",
        "{The} {remains} {holds}.", "{The} {have} been {holds} since March 3.", "With {the} {holds}, traders returned.",
        "{The} {be} no longer {opp}.", "{The} {be} {holds} again.", "{The} {have} {perfect} since March 3.",
        "{The} {was} {did} by {A} on Monday.", "{A} said on Monday that {the} {have} {perfect}.",
        "Officials said {the} {changed} on Monday.", "On Monday, {the} {changed}.", "{The} {have} officially {perfect}.",
        "{The} {have} since {perfect}.", "{The} finally {changed} on Monday.",
        "{The} {was} in the news in May. {It} {changed} on Monday.", "{A} {did} {other} and {the} on Monday.",
        "{The} and {other} {changed} on Monday.", "{The} {changed} on Monday, officials said.",
        "{A} {does} {Bare} after talks", "{The} {be} {holds} after three weeks.", "{Own} {changed} on Monday.",
        "{Own} {have} been {did}.", "{The} {was} in the news in May. On Monday, the {head} {changed}.",
        "{The} {was} in the news in May. On Monday, {a} {did} the {head}.");

    static final List<String> DENIED = List.of("{The} {be} still {opp}.", "{The} {remains} {opp}.",
        "{The} {have} been {opp} since March 3.", "With {the} {opp}, traders waited.", "{The} {have} not {perfect}.",
        "{The} {have} not {perfect} yet.", "{A} has not {did} {the}.", "{The} {be} no longer {holds}.",
        "{The} {have} not been {did}.", "{The} {be} not yet {holds}.", "{The} {be} still not {holds}.",
        "{The} {remains} {opp} to lorries.", "{The} {have} remained {opp} since March 3.",
        "{The}, {opp} since March 3, will {base} next week.", "{A} kept {the} {opp} on Monday.",
        "{The} {have} yet to {base}.", "{The} {was} in the news in May. {It} {remains} {opp}.",
        "{The} {have} been {opp} for three weeks.", "{A} has not yet {did} {the}.", "{The} did not {base} on Monday.",
        "{The} failed to {base} on Monday.", "{The} {be} still not {holds}, officials said.", "{Own} {remains} {opp}.",
        "{The} {was} in the news in May. The {head} {remains} {opp}.", "{The} {was} in the news in May. The {head} {have} not {perfect}.");

    static final List<String> NOUN = List.of("The {noun} of {the} on Monday drew crowds.",
        "{The}'s {noun} on Monday drew crowds.", "Since the {noun} of {the} on March 3, traders have returned.");

    /** Each a base form and the same state said of another thing; the base must read the subject's state. */
    static final List<List<String>> OTHER = List.of(
        List.of("{The} {changed} on Monday.", "{Around} {the} {changed} on Monday."),
        List.of("{The} {changed} on Monday.", "{Other} {changed} on Monday, but {the} {be} busy."),
        List.of("{The} {changed} on Monday.", "Traders near {the} said {other} {changed} on Monday."),
        List.of("{A} {did} {the} on Monday.", "{A} {did} {other} near {the} on Monday."),
        List.of("{The} {be} {holds}.", "{The} {be} busy, and {other} {be} {holds}."),
        List.of("{The} {be} {holds}.", "{Around} {the} is {holds}."),
        List.of("{The} {be} still {opp}.", "{Around} {the} is still {opp}."),
        List.of("{A} {did} {the} on Monday.", "{A} {did} {around} {the} on Monday."),
        List.of("{The} {be} still {opp}.", "With {other} {opp}, traders used {the}."),
        List.of("{The} {remains} {opp}.", "Traders at {the} said {other} {remains} {opp}."));

    /**
     * Each a base form and the same words put as a plan, a time to come, an aim, or said of a thing
     * the subject's phrase describes: the base must read the subject's state, the other none.
     */
    static final List<List<String>> NOT_NOW = List.of(
        List.of("{The} {changed} on Monday.", "{The} {was} to {base} on Monday."),
        List.of("{The} {changed} on Monday.", "{The} {was} supposed to {base} on Monday."),
        List.of("{The} {be} {holds}.", "When {the} {be} {holds}, traders will return."),
        List.of("{A} {did} {the} on Monday.", "Efforts to have {the} {did} failed."),
        List.of("{The} {changed} on Monday.", "Debate over {the} {changed} on Monday."));

    /** A state of holding told by its subject's end (denied from then on) or beginning, or taken to hold. */
    static final List<String> HOLDING_ENDED = List.of("{The} {have} ended.", "{The} {was} lifted on Monday.",
        "{A} lifted {the} on Monday.", "{The} {was} called off on Monday.", "{The} {be} over, officials said.",
        "{A} has revoked {the}.");
    static final List<String> HOLDING_AFFIRMED = List.of("Despite {the}, traders gathered.",
        "Under {the}, traders close early.", "{The} began on Monday.", "{The} {have} not been lifted.",
        "{The} {was} imposed on Monday.", "{A} imposed {the} on Monday.",
        "{The} {was} in the news in May. Since the {head} began, traders have closed early.");

    private static final Pattern SLOT = Pattern.compile("\\{(changed|perfect|did|does|holds|opp|base)}");
    private static final Map<Milestoned, Facts> SHEETS = new ConcurrentHashMap<>();

    private StateCapabilities() {
    }

    static List<Capability> all() {
        return List.of(inv("INV state affirmed: tense, voice, headline, relative, linking verb, absolute (state)",
                AFFIRMED, false),
            inv("INV state denied: opposite, negated change, no longer, not yet (state)", DENIED, true),
            nounOfTheChange(), other(), notNow(), holding());
    }

    /** The holding forms, for the subjects whose milestone is a state of holding ("in force", "in effect"). */
    private static Capability holding() {
        List<Probe> probes = new ArrayList<>();
        for (Milestoned m : Milestoned.ALL) {
            if (!StatesInForce.holds(m.state())) {
                continue;
            }
            for (boolean ended : List.of(true, false)) {
                for (String form : ended ? HOLDING_ENDED : HOLDING_AFFIRMED) {
                    for (String text : fill(form, m)) {
                        probes.add(Probe.of(text, sheet(m), "one state claim, " + m.state() + (ended ? ", ended" : ""),
                            one(m, ended)));
                    }
                }
            }
        }
        return new Capability("INV state of holding: its end, its beginning, despite, under (state)", probes);
    }

    private static Capability inv(String name, List<String> forms, boolean negated) {
        List<Probe> probes = new ArrayList<>();
        for (Milestoned m : Milestoned.ALL) {
            for (String form : forms) {
                for (String text : fill(form, m)) {
                    probes.add(Probe.of(text, sheet(m), "one state claim, " + m.state() + (negated ? ", denied" : ""),
                        one(m, negated)));
                }
            }
        }
        return new Capability(name, probes);
    }

    /**
     * "The closure of the plant on Monday" names the change, which the event reader dates when the
     * sheet lists it as an event ("the reopening of the crossing last month" is an event date in the
     * development corpora's gold), not the state: no state claim.
     */
    private static Capability nounOfTheChange() {
        List<Probe> probes = new ArrayList<>();
        for (Milestoned m : Milestoned.ALL) {
            for (String form : NOUN) {
                for (String text : fill(form, m)) {
                    probes.add(Probe.of(text, sheet(m), "no state claim (the noun names the change)", none(m)));
                }
            }
        }
        return new Capability("INV the noun of the change names no state (state)", probes);
    }

    private static Capability other() {
        List<Probe> probes = new ArrayList<>();
        for (Milestoned m : Milestoned.ALL) {
            for (List<String> pair : OTHER) {
                List<String> bases = fill(pair.get(0), m);
                List<String> changes = fill(pair.get(1), m);
                boolean negated = pair.get(0).contains("{opp}");
                for (int i = 0; i < Math.min(bases.size(), changes.size()); i++) {
                    Probe base = Probe.of(bases.get(i), sheet(m), "one state claim", one(m, negated));
                    probes.add(Probe.of(changes.get(i), sheet(m), "no state claim of " + m.subject(), none(m)).against(base));
                }
            }
        }
        return new Capability("DIR the state of another thing in the sentence is not taken (state)", probes);
    }

    private static Capability notNow() {
        List<Probe> probes = new ArrayList<>();
        for (Milestoned m : Milestoned.ALL) {
            for (List<String> pair : NOT_NOW) {
                List<String> bases = fill(pair.get(0), m);
                List<String> changes = fill(pair.get(1), m);
                for (int i = 0; i < Math.min(bases.size(), changes.size()); i++) {
                    Probe base = Probe.of(bases.get(i), sheet(m), "one state claim", one(m, false));
                    probes.add(Probe.of(changes.get(i), sheet(m), "no state claim of " + m.subject(), none(m)).against(base));
                }
            }
        }
        return new Capability("DIR a plan, a time to come, an aim, another thing's phrase (state disappears)", probes);
    }

    /** The form filled for the topic, once per word of its list slot; none when the topic lacks a word it needs. */
    static List<String> fill(String form, Milestoned m) {
        if (form.contains("{noun}") && m.noun() == null) {
            return List.of();
        }
        String text = form.replace("{The}", m.The()).replace("{the}", m.the()).replace("{Bare}", m.subject()).replace("{Own}", m.owned())
            .replace("{A}", CountCapabilities.cap(m.agent())).replace("{a}", m.agent()).replace("{head}", m.head()).replace("{be}", m.be()).replace("{have}", m.have())
            .replace("{was}", m.plural() ? "were" : "was").replace("{It}", m.plural() ? "They" : "It").replace("{remains}", m.plural() ? "remain" : "remains")
            .replace("{Other}", CountCapabilities.cap(m.other())).replace("{other}", m.other())
            .replace("{noun}", String.valueOf(m.noun()))
            .replace("{Around}", CountCapabilities.cap(m.around())).replace("{around}", m.around());
        return slots(CountCapabilities.cap(text), m);
    }

    /** The text once per word of its first list slot, the other slots filled alike. */
    private static List<String> slots(String text, Milestoned m) {
        Matcher slot = SLOT.matcher(text);
        if (!slot.find()) {
            return List.of(text);
        }
        List<String> words = switch (slot.group(1)) {
            case "changed" -> m.changed();
            case "perfect" -> m.perfect();
            case "did" -> m.did();
            case "does" -> m.does();
            case "holds" -> m.holds();
            case "base" -> m.base();
            default -> m.opposite();
        };
        String name = slot.group();
        return words.stream().flatMap(w -> slots(text.replace(name, w), m).stream()).toList();
    }

    /** Exactly one state claim, of the subject's milestone, affirmed or denied. */
    private static Predicate<ArticleAudit> one(Milestoned m, boolean negated) {
        return a -> {
            List<StateClaim> states = states(a);
            return states.size() == 1 && states.get(0).subject().equals(m.subject())
                && states.get(0).negated() == negated;
        };
    }

    private static Predicate<ArticleAudit> none(Milestoned m) {
        return a -> states(a).stream().noneMatch(s -> s.subject().equals(m.subject()));
    }

    private static List<StateClaim> states(ArticleAudit a) {
        return a.claims().stream().filter(StateClaim.class::isInstance).map(StateClaim.class::cast).toList();
    }

    static Facts sheet(Milestoned m) {
        return SHEETS.computeIfAbsent(m, k -> {
            FactsBuilder b = new FactsBuilder("capabilities.feature", Path.of("."));
            b.names(Fixtures.table("name | also written as", m.subject() + " | " + m.spellings(),
                "Velmora | ", "Brontec | "));
            b.milestones(m.subject(), Fixtures.table("state | from | also written as",
                m.state() + " | " + Milestoned.FROM + " | " + m.aliases()));
            return Fixtures.built(b);
        });
    }
}
