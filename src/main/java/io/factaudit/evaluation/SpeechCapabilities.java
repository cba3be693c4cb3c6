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
