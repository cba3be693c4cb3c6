package io.factaudit.evaluation;

import io.factaudit.evaluation.Fixtures.Source;
import io.factaudit.quantity.Interval;
import io.factaudit.sheet.Facts;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The capabilities of count reading: the same count read whatever the verb of saying, the topic,
 * the number's form, the clause order or an added place or date; and no count read where the
 * sentence negates it, counts another country's people, forecasts it, tells it of an earlier year
 * or gives a ratio.
 */
final class CountCapabilities {

    private static final String NUMBER = "3,000";

    private CountCapabilities() {
    }

    /** "<Source> <verb> that N ...", "N ..., <Source> <verb>", "N ..., <verb> <Source>". */
    static String[] frames(String clause, Source s, String verb) {
        return new String[] {cap(s.written()) + " " + verb + " that " + clause + ".",
            cap(clause) + ", " + s.written() + " " + verb + ".", cap(clause) + ", " + verb + " " + s.written() + "."};
    }

    static Capability verbsOfSaying() {
        Topic topic = Topic.troops();
        Interval interval = Readings.interval(NUMBER);
        List<Probe> probes = new ArrayList<>();
        List<String> verbs = SayingVerbs.past();
        for (int i = 0; i < verbs.size(); i++) {
            Source s = Fixtures.SOURCES.get(i % Fixtures.SOURCES.size());
            for (String text : frames(Topic.with(topic.clauses().get(0), NUMBER), s, verbs.get(i))) {
                probes.add(count(text, topic, s, interval));
            }
        }
        return new Capability("INV verb of saying (count source)", probes);
    }

    /**
     * Whose figure it is, as English marks it: the one who speaks, not the one spoken to ("X told Y that N
     * ..."); the body a speaker speaks for ("..., said a spokesman for X"); figures from or per a source.
     */
    static Capability whoseFigure() {
        Interval interval = Readings.interval(NUMBER);
        // the sources written as a body's name, not as a person or as "officials"
        List<Source> bodies = Fixtures.SOURCES.stream().filter(x -> x.written().equals(x.name()) || x.written().startsWith("the ")).toList();
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Topic topic : Topic.ALL) {
            for (String clause : topic.clauses()) {
                Source s = bodies.get(k % bodies.size());
                Source o = bodies.get((k + 1) % bodies.size());
                k++;
                String c = Topic.with(clause, NUMBER);
                for (String text : List.of(cap(s.written()) + " told " + o.written() + " that " + c + ".",
                    cap(s.written()) + " informed " + o.written() + " on Monday that " + c + ".",
                    cap(c) + ", said a spokesman for " + s.written() + ".",
                    cap(c) + ", said Lene Haas, an official at " + s.written() + ".", cap(c) + ", per " + s.written() + ".",
                    "Figures from " + s.written() + " showed that " + c + ".")) {
                    probes.add(count(text, topic, s, interval));
                }
            }
        }
        return new Capability("INV whose figure: the speaker, not the one spoken to; whom a spokesman speaks for; figures from, per (count source)",
            probes);
    }

    static Capability topics() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Topic topic : Topic.ALL) {
            for (String clause : topic.clauses()) {
                for (String number : List.of(NUMBER, "about 12,000")) {
                    Source s = Fixtures.SOURCES.get(k++ % Fixtures.SOURCES.size());
                    String c = Topic.with(clause, number);
                    List<String> texts = new ArrayList<>(List.of(frames(c, s, "said")));
                    texts.add("According to " + s.written() + ", " + c + ".");
                    for (String text : texts) {
                        probes.add(count(text, topic, s, Readings.interval(number)));
                    }
                }
            }
        }
        return new Capability("INV topic noun (count subject)", probes);
    }

    static Capability numberForms() {
        Topic topic = Topic.troops();
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (NumberForms.Form form : NumberForms.all()) {
            Source s = Fixtures.SOURCES.get(k++ % Fixtures.SOURCES.size());
            String clause = Topic.with(topic.clauses().get(k % 2), form.written());
            for (String text : List.of(frames(clause, s, "said")[0], frames(clause, s, "said")[1])) {
                probes.add(count(text, topic, s, Readings.interval(form.cell())));
            }
        }
        return new Capability("INV number form (count interval)", probes);
    }

    static Capability clauseOrder() {
        Topic topic = Topic.troops();
        Interval interval = Readings.interval(NUMBER);
        List<Probe> probes = new ArrayList<>();
        List<String> days = List.of(DayOfWeek.values()).stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        List<String> months = List.of(Month.values()).stream().map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        int k = 0;
        for (Source s : Fixtures.SOURCES) {
            for (String clause : topic.clauses()) {
                String c = Topic.with(clause, NUMBER);
                String day = days.get(k % days.size());
                String month = months.get(k % months.size());
                String place = Fixtures.PLACES.get(k++ % Fixtures.PLACES.size());
                String w = s.written();
                for (String text : List.of("According to " + w + ", " + c + ".", cap(c) + ", according to " + w + ".",
                    cap(w) + " said on " + day + " that " + c + ".", "On " + day + ", " + w + " said that " + c + ".",
                    cap(w) + " said in " + month + " that " + c + ".", "In " + place + ", " + w + " said that " + c + ".",
                    cap(c) + " near " + place + ", " + w + " said.", cap(c) + ", " + w + " said on " + day + ".",
                    cap(c) + ", " + w + " said in " + place + " on " + day + ".",
                    cap(w) + " told reporters in " + place + " that " + c + ".")) {
                    probes.add(count(text, topic, s, interval));
                }
            }
        }
        return new Capability("INV clause order, place, date (count)", probes);
    }

    static Capability negation() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Topic topic : Topic.ALL) {
            Source s = Fixtures.SOURCES.get(k++ % Fixtures.SOURCES.size());
            Probe base = base(topic, s);
            String c = Topic.with(topic.clauses().get(0), NUMBER);
            List<String> texts = new ArrayList<>();
            topic.negations().forEach(n -> texts.add(cap(s.written()) + " said that " + Topic.with(n, NUMBER) + "."));
            texts.add(cap(s.written()) + " did not say that " + c + ".");
            texts.add(cap(s.written()) + " said there was no evidence that " + c + ".");
            texts.add(cap(s.written()) + " said it was not true that " + c + ".");
            texts.forEach(t -> probes.add(gone(t, topic, base)));
        }
        return new Capability("DIR negation (count disappears)", probes);
    }

    static Capability otherOwner() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Topic topic : Topic.ALL) {
            for (String other : topic.otherOwner()) {
                Source s = Fixtures.SOURCES.get(k++ % Fixtures.SOURCES.size());
                Probe base = base(topic, s);
                for (String text : frames(Topic.with(other, NUMBER), s, "said")) {
                    probes.add(gone(text, topic, base));
                }
            }
        }
        return new Capability("DIR another owner (count disappears)", probes);
    }

    static Capability forecast() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Topic topic : Topic.ALL) {
            for (String f : topic.forecasts()) {
                Source s = Fixtures.SOURCES.get(k++ % Fixtures.SOURCES.size());
                Probe base = base(topic, s);
                for (String text : frames(Topic.with(f, NUMBER), s, "said")) {
                    probes.add(gone(text, topic, base));
                }
            }
        }
        return new Capability("DIR forecast (count disappears)", probes);
    }

    /**
     * Numbers near the counted noun that count nothing of the sheet's: the same clause told of a year
     * before the sheet's ("Last year, 3,000 ...", "Two years ago, ..."), or with a ratio for its number
     * ("one in 30 ...", "1 in 4 ...").
     */
    static Capability notThisCount() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Topic topic : Topic.ALL) {
            Source s = Fixtures.SOURCES.get(k++ % Fixtures.SOURCES.size());
            Probe base = base(topic, s);
            for (String clause : topic.clauses()) {
                for (String when : List.of("Last year", "Two years ago")) {
                    probes.add(gone(when + ", " + Topic.with(clause, NUMBER) + ", " + s.written() + " said.", topic, base));
                }
                for (String ratio : List.of("one in 30", "1 in 4")) {
                    probes.add(gone(frames(Topic.with(clause, ratio), s, "said")[0], topic, base));
                }
            }
        }
        return new Capability("DIR an earlier year or a ratio (count disappears)", probes);
    }

    /** The topic's first clause said plainly by the source: what a directional change starts from. */
    private static Probe base(Topic topic, Source s) {
        return count(frames(Topic.with(topic.clauses().get(0), NUMBER), s, "said")[0], topic, s, Readings.interval(NUMBER));
    }

    private static Probe count(String text, Topic topic, Source s, Interval interval) {
        return Probe.of(text, Fixtures.sheet(topic), Readings.describe(topic.subject(), s.name(), interval),
            Readings.count(topic.subject(), s.name(), interval));
    }

    private static Probe gone(String text, Topic topic, Probe base) {
        Facts facts = Fixtures.sheet(topic);
        return Probe.of(text, facts, "no count of " + topic.subject(), Readings.noCount(topic.subject())).against(base);
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
