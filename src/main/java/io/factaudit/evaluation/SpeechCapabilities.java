package io.factaudit.evaluation;

import io.factaudit.evaluation.Fixtures.Speaker;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The capabilities of quotes and titles: the same quote attributed to its speaker under every verb
 * of saying, by name or pronoun, before or after the words; the same title read with and without
 * its owner, before the name or in apposition.
 */
final class SpeechCapabilities {

    private SpeechCapabilities() {
    }

    static Capability quotes() {
        List<Probe> probes = new ArrayList<>();
        List<String> verbs = SayingVerbs.past();
        for (int i = 0; i < verbs.size(); i++) {
            Speaker s = Fixtures.SPEAKERS.get(i % Fixtures.SPEAKERS.size());
            String v = verbs.get(i);
            String q = s.words();
            String day = day(i);
            for (String text : List.of("\u201c" + q + ",\u201d " + s.surname() + " " + v + ".",
                "\u201c" + q + ",\u201d " + v + " " + s.surname() + ".",
                s.name() + " " + v + ": \u201c" + q + ".\u201d",
                s.name() + " arrived in Osk on " + day + ". \u201c" + q + ",\u201d " + s.pronoun() + " " + v + ".")) {
                probes.add(Probe.of(text, Fixtures.people(), "one quote by " + s.name(), Readings.quote(s.name())));
            }
        }
        return new Capability("INV verb of saying and pronoun (quote speaker)", probes);
    }

    /**
     * The same quote as real articles print it: split by its attribution ("…,” she said, “…”),
     * with words left out at an ellipsis, with the writer's words in square brackets (an added or
     * replacing word of house style), going on after "adding", run into the writer's sentence in
     * lower case, signed with a dash ("“…” — X"), left open at a paragraph's end and reopened in the
     * next, or attributed by a pronoun after another person the text calls by the other pronoun
     * ("Y said he welcomed the talks. “…,” she said"). Each is the speaker's quote and no alteration.
     */
    static Capability quoteForms() {
        List<Probe> probes = new ArrayList<>();
        List<String> verbs = SayingVerbs.past();
        for (int i = 0; i < verbs.size(); i++) {
            Speaker s = Fixtures.SPEAKERS.get(i % Fixtures.SPEAKERS.size());
            Speaker o = Fixtures.SPEAKERS.get((i + 1) % Fixtures.SPEAKERS.size());
            String v = verbs.get(i);
            String[] w = s.words().split(" ");
            int half = w.length / 2;
            String first = String.join(" ", java.util.Arrays.copyOfRange(w, 0, half));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(w, half, w.length));
            String skipped = String.join(" ", java.util.Arrays.copyOfRange(w, half + 1, w.length));
            String bracketed = first + " [in Velmora] " + rest;
            String replaced = "[" + s.owner() + "] " + String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length));
            String lower = Character.toLowerCase(s.words().charAt(0)) + s.words().substring(1);
            for (String text : List.of("\u201c" + first + ",\u201d " + s.surname() + " " + v + ", \u201c" + rest + ".\u201d",
                "\u201c" + first + ",\u201d " + v + " " + s.name() + " on " + day(i) + ", \u201c" + rest + ".\u201d",
                "\u201c" + first + " \u2026 " + skipped + ",\u201d " + s.surname() + " " + v + ".",
                "\u201c" + first + " ... " + skipped + ",\u201d " + s.surname() + " " + v + ".",
                "\u201c" + bracketed + ",\u201d " + s.surname() + " " + v + ".",
                "\u201c" + replaced + ",\u201d " + s.surname() + " " + v + ".",
                s.name() + " " + v + " that the talks would go on, adding: \u201c" + s.words() + ".\u201d",
                s.name() + " " + v + " on " + day(i) + " that \u201c" + lower + ".\u201d",
                "\u201c" + s.words() + "\u201d \u2014 " + s.name() + ".",
                s.name() + " spoke in Osk on " + day(i) + ".\n\n\u201c" + s.words() + ".\n\n\u201cWe will say more next week,\u201d "
                    + s.pronoun() + " " + v + ".",
                s.name() + " and " + o.name() + " met on " + day(i) + ". " + o.surname() + " said " + o.pronoun()
                    + " welcomed the talks. \u201c" + s.words() + ",\u201d " + s.pronoun() + " " + v + ".")) {
                probes.add(Probe.of(text, Fixtures.people(), "one quote by " + s.name() + ", not altered", Readings.quote(s.name())));
            }
        }
        return new Capability("INV quote split, cut, bracketed, continued, run in, signed, by pronoun (quote speaker)", probes);
    }

    static Capability titles() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Speaker s : Fixtures.SPEAKERS) {
            for (String t : s.titles().split(", ")) {
                String o = s.owner() + "'s";
                String n = s.name();
                String theOwners = "the " + s.ownerNoun() + "'s";
                for (String phrase : List.of(CountCapabilities.cap(t) + " " + n, o + " " + t + " " + n, s.owner() + " " + t + " " + n,
                    n + ", the " + t + ",", n + ", " + o + " " + t + ",", n + ", the " + t + " of " + s.owner() + ",",
                    o + " " + t + ", " + n + ",", CountCapabilities.cap(theOwners) + " " + t + ", " + n + ",",
                    n + ", " + theOwners + " " + t + ",")) {
                    for (String predicate : List.of("spoke in Osk on " + day(k++), "left the meeting early")) {
                        String text = CountCapabilities.cap(phrase) + " " + predicate + ".";
                        probes.add(Probe.of(text, Fixtures.people(), "one title of " + n + " the sheet agrees with",
                            Readings.title(n)));
                    }
                }
            }
        }
        return new Capability("INV title with or without owner, in apposition (title)", probes);
    }

    private static String day(int i) {
        return DayOfWeek.of(1 + i % 7).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
