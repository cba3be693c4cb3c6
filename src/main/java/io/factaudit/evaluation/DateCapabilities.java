package io.factaudit.evaluation;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.claim.EventDateClaim;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The capabilities of event dates: invented events of invented topics, each dated with the forms
 * news writing uses, in the past tense ("approved the budget on Tuesday") and the future tense
 * ("will approve the budget on Tuesday", or the present of a plan: "approves the budget on
 * Tuesday"), in the clause of the event, fronted, in a "when" clause, in a relative clause ("the
 * council, which approved the budget on Tuesday, ..."), as the noun of the act (also after its
 * subject's possessive: "the council's approval on Tuesday"), as a distance before a present main
 * clause ("Three days after the council approved the budget, traders are still wary"); every
 * sentence must read the same day or span. The directional one adds another date to the sentence
 * (of the saying, of another event) that must not be taken.
 */
final class DateCapabilities {

    private static final LocalDate DAY = Fixtures.PUBLISHED;

    private DateCapabilities() {
    }

    /**
     * A date as written and the days it means: a span ("last week", "in February") must be read
     * as that span; a vague one ("a fortnight ago") as a span that holds its day and lies within
     * its widest reading (the 28th of February, or its week).
     */
    record Form(String written, LocalDate day, LocalDate first, LocalDate last) {

        static Form on(String written, LocalDate day) {
            return new Form(written, day, day, day);
        }

        static Form within(String written, LocalDate first, LocalDate last) {
            return new Form(written, null, first, last);
        }

        static Form around(String written, LocalDate day, LocalDate first, LocalDate last) {
            return new Form(written, day, first, last);
        }

        boolean read(EventDateClaim c) {
            if (c.from() == null) {
                return false;
            }
            return day == null ? c.from().equals(first) && c.to().equals(last)
                : !c.from().isAfter(day) && !c.to().isBefore(day) && !c.from().isBefore(first) && !c.to().isAfter(last);
        }

        String expected() {
            return day == null ? first + ".." + last : "a span holding " + day + " within " + first + ".." + last;
        }
    }

    /** Dates a past clause gives, against an article of Friday 14 March 2025. */
    static List<Form> past() {
        LocalDate tuesday = DAY.minusDays(3);
        return List.of(Form.on("on Tuesday", tuesday), Form.on(weekday(tuesday), tuesday),
            Form.on("on Friday", DAY), Form.on("yesterday", DAY.minusDays(1)), Form.on("two days ago", DAY.minusDays(2)),
            Form.on("on March 4", date(3, 4)), Form.on("on 4 March", date(3, 4)), Form.on("on Mar. 4", date(3, 4)),
            Form.on("on March 4, 2025", date(3, 4)), Form.on("on Tuesday, March 11", tuesday),
            Form.on("on the fourth of March", date(3, 4)),
            Form.around("a fortnight ago", date(2, 28), date(2, 24), date(3, 2)), Form.around("a week ago", date(3, 7), date(3, 3), date(3, 9)),
            Form.within("last week", date(3, 3), date(3, 9)), Form.within("earlier this week", date(3, 10), DAY),
            Form.within("earlier this month", date(3, 1), DAY), Form.within("last month", date(2, 1), date(2, 28)),
            Form.within("in February", date(2, 1), date(2, 28)), Form.within("late last month", date(2, 21), date(2, 28)),
            Form.within("in early March", date(3, 1), date(3, 10)), Form.within("last year", date(2024, 1, 1), date(2024, 12, 31)),
            Form.on("on Tuesday the 11th", tuesday), Form.on("on March 4th", date(3, 4)), Form.on("on 4th March", date(3, 4)),
            Form.on("on the 4th", date(3, 4)), Form.on("on March fourth", date(3, 4)), Form.on("on Saturday", date(3, 8)),
            Form.on("on 4 March 2025", date(3, 4)), Form.within("in February 2025", date(2, 1), date(2, 28)),
            Form.within("over the weekend", date(3, 8), date(3, 9)), Form.around("three weeks ago", date(2, 21), date(2, 17), date(2, 23)),
            Form.within("earlier in the week", date(3, 10), DAY), Form.within("in mid-February", date(2, 11), date(2, 20)),
            Form.within("at the start of the month", date(3, 1), date(3, 10)));
    }

    /** Dates a future clause gives, against the same article. */
    static List<Form> future() {
        LocalDate tuesday = DAY.plusDays(4);
        return List.of(Form.on("on Tuesday", tuesday), Form.on(weekday(tuesday), tuesday), Form.on("tomorrow", DAY.plusDays(1)),
            Form.on("the day after tomorrow", DAY.plusDays(2)), Form.on("on March 20", date(3, 20)),
            Form.on("on 20 March", date(3, 20)), Form.on("on Tuesday, March 18", tuesday), Form.on("on Tuesday next week", tuesday),
            Form.on("in two days", DAY.plusDays(2)), Form.around("in a fortnight", date(3, 28), date(3, 24), date(3, 30)),
            Form.within("next week", date(3, 17), date(3, 23)), Form.within("later this month", DAY, date(3, 31)),
            Form.within("next month", date(4, 1), date(4, 30)), Form.within("in April", date(4, 1), date(4, 30)),
            Form.within("this weekend", date(3, 15), date(3, 16)), Form.within("early next month", date(4, 1), date(4, 10)),
            Form.within("next year", date(2026, 1, 1), date(2026, 12, 31)),
            Form.on("on Tuesday the 18th", tuesday), Form.on("on the 20th", date(3, 20)), Form.on("on March 20th", date(3, 20)),
            Form.on("this coming Tuesday", tuesday), Form.on("on Saturday", date(3, 15)),
            Form.within("later this week", DAY, date(3, 16)), Form.within("early next week", date(3, 17), date(3, 19)),
            Form.within("at the end of the month", date(3, 21), date(3, 31)), Form.on("on March twentieth", date(3, 20)),
            Form.within("in the coming week", date(3, 17), date(3, 23)));
    }

    /** Distances from a date of the sentence before, "March 4"; weeks, like "a week ago", the week that holds the day. */
    static List<Form> offsets() {
        return List.of(Form.on("two days later", date(3, 6)), Form.around("a week later", date(3, 11), date(3, 10), date(3, 16)),
            Form.on("the next day", date(3, 5)), Form.on("the following day", date(3, 5)),
            Form.around("a fortnight later", date(3, 18), date(3, 17), date(3, 23)), Form.on("a day earlier", date(3, 3)),
            Form.on("three days earlier", date(3, 1)), Form.on("the day before", date(3, 3)));
    }

    static Capability formsAndTense() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Fixtures.Happening h : Fixtures.HAPPENINGS) {
            for (Form f : past()) {
                probes.add(dated(cap(h.subject()) + " " + h.past() + " " + f.written() + ".", h, f));
            }
            for (Form f : future()) {
                String modal = List.of("will", "is set to", "plans to", "is expected to").get(k++ % 4);
                probes.add(dated(cap(h.subject()) + " " + agree(modal, h) + " " + h.base() + " " + f.written() + ".", h, f));
                probes.add(dated(cap(h.subject()) + " " + present(h) + " " + f.written() + ".", h, f));
            }
        }
        return new Capability("INV date form and tense (event date)", probes);
    }

    static Capability clauses() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        for (Fixtures.Happening h : Fixtures.HAPPENINGS) {
            for (Form f : past()) {
                String place = Fixtures.PLACES.get(k++ % Fixtures.PLACES.size());
                List<String> texts = new ArrayList<>(List.of(
                    cap(f.written()) + ", " + h.subject() + " " + h.past() + ".",
                    "Prices in " + place + " fell " + f.written() + ", when " + h.subject() + " " + h.past() + ".",
                    cap(h.subject()) + " " + h.past() + " when the mayor visited " + place + " " + f.written() + ".",
                    cap(h.subject()) + " " + h.past() + " in " + place + " " + f.written() + ", the mayor said.",
                    cap(h.subject()) + ", which " + h.past() + " " + f.written() + ", met traders in " + place + ".",
                    "The " + h.noun() + " " + f.written() + " surprised traders in " + place + "."));
                if (h.noun().contains(" of ")) {
                    texts.add(cap(h.subject()) + "'s " + h.act() + " " + f.written() + " surprised traders in " + place + ".");
                }
                if (f.written().startsWith("on ") && !f.written().contains(",") && !f.written().contains(" the ")) {
                    String owner = f.written().substring(3);
                    texts.add(cap(owner) + "'s " + h.noun() + " surprised traders in " + place + ".");
                    if (Character.isDigit(owner.charAt(owner.length() - 1))) {
                        texts.add("The " + owner + " " + h.noun() + " surprised traders in " + place + ".");
                    }
                }
                texts.forEach(t -> probes.add(dated(t, h, f)));
            }
            for (Form f : future()) {
                String place = Fixtures.PLACES.get(k++ % Fixtures.PLACES.size());
                for (String text : List.of(cap(f.written()) + ", " + h.subject() + " will " + h.base() + ".",
                    cap(h.subject()) + " will " + h.base() + " in " + place + " " + f.written() + ", the mayor said.",
                    cap(h.subject()) + " will " + h.base() + " when the mayor visits " + place + " " + f.written() + ".",
                    cap(h.subject()) + ", which will " + h.base() + " " + f.written() + ", met traders in " + place + ".")) {
                    probes.add(dated(text, h, f));
                }
            }
        }
        for (Fixtures.Happening h : Fixtures.HAPPENINGS) {
            for (Form f : offsets()) {
                String place = Fixtures.PLACES.get(k++ % Fixtures.PLACES.size());
                probes.add(dated("The mayor visited " + place + " on March 4. " + cap(h.subject()) + " " + h.past() + " "
                    + f.written() + ".", h, f));
                probes.add(dated("The mayor visited " + place + " on March 4. " + cap(f.written()) + ", " + h.subject() + " "
                    + h.past() + ".", h, f));
            }
        }
        for (Fixtures.Happening h : Fixtures.HAPPENINGS) {
            String told = cap(h.subject()) + " " + h.past() + " after a long debate. ";
            Form march4 = Form.on("", date(3, 4));
            for (String again : List.of("The March 4 " + h.act() + " surprised traders.", "The 4 March " + h.act() + " surprised traders.",
                "The " + h.act() + " of 4 March surprised traders.", "The " + h.act() + " of March 4 surprised traders.",
                "The " + h.act() + " on March 4 surprised traders.", "Tuesday's " + h.act() + " surprised traders.")) {
                probes.add(dated(told + again, h, again.startsWith("Tuesday") ? Form.on("", DAY.minusDays(3)) : march4));
            }
        }
        for (Fixtures.Happening h : Fixtures.HAPPENINGS) {
            String place = Fixtures.PLACES.get(k++ % Fixtures.PLACES.size());
            String rose = "Prices in " + place + " rose on March 4, ";
            probes.add(dated(rose + "three days before the " + h.noun() + ".", h, Form.on("", date(3, 7))));
            probes.add(dated(rose + "a week after the " + h.noun() + ".", h, Form.on("", date(2, 25))));
            probes.add(dated(rose + "two days after " + h.subject() + " " + h.past() + ".", h, Form.on("", date(3, 2))));
            probes.add(dated(rose + "a day before " + h.subject() + " " + h.past() + ".", h, Form.on("", date(3, 5))));
            String still = ", traders in " + place + " are still wary.";
            probes.add(dated("Three days after " + h.subject() + " " + h.past() + still, h, Form.on("", DAY.minusDays(3))));
            probes.add(dated("A week after the " + h.noun() + still, h, Form.on("", DAY.minusDays(7))));
            probes.add(dated("Ten days after " + h.subject() + " " + h.past() + ", the mayor says prices have not moved.", h,
                Form.on("", DAY.minusDays(10))));
        }
        return new Capability("INV clause of the date: fronted, when, noun of the act, distance (event date)", probes);
    }

    /**
     * A day set for what is to come without "will" ("the approval of the budget is due on Tuesday",
     * "has scheduled the signing for Tuesday"), a weekday written with its day of the month, and a
     * distance after a clause in the present ("Traders are still wary two days after Brontec closed
     * the plant", "Thousands rally in Osk three days after ...") counted from the article's date,
     * and the occasion of a dated clause named after its comma ("Traders sold bonds on Tuesday and
     * bought gold, in the Osk referendum"), and a date a cleft puts first ("It was on Tuesday that
     * Brontec closed the plant").
     */
    static Capability plans() {
        List<Probe> probes = new ArrayList<>();
        int k = 0;
        LocalDate tuesday = DAY.plusDays(4);
        for (Fixtures.Happening h : Fixtures.HAPPENINGS) {
            for (Form f : future()) {
                probes.add(dated("The " + h.noun() + " is due " + f.written() + ".", h, f));
            }
            String place = Fixtures.PLACES.get(k++ % Fixtures.PLACES.size());
            probes.add(dated("The " + h.noun() + " is due on Thursday 20 March.", h, Form.on("", date(3, 20))));
            probes.add(dated("The " + h.noun() + " is due on Thursday, March 20.", h, Form.on("", date(3, 20))));
            probes.add(dated(cap(h.subject()) + " " + h.past() + " on Tuesday 4 March.", h, Form.on("", date(3, 4))));
            probes.add(dated("The mayor has scheduled the " + h.noun() + " for Tuesday.", h, Form.on("", tuesday)));
            probes.add(dated("The mayor called the " + h.noun() + " for Tuesday, in " + place + ".", h, Form.on("", tuesday)));
            probes.add(dated("Traders in " + place + " are still wary two days after " + h.subject() + " " + h.past() + ".", h,
                Form.on("", DAY.minusDays(2))));
            probes.add(dated("Thousands rally in " + place + " three days after " + h.subject() + " " + h.past(), h,
                Form.on("", DAY.minusDays(3))));
            probes.add(dated("Roads in " + place + " remain closed a week after the " + h.noun() + ".", h,
                Form.on("", DAY.minusDays(7))));
            for (Form f : past()) {
                probes.add(dated("Traders in " + place + " sold bonds " + f.written() + " and bought gold, in the " + h.noun()
                    + ".", h, f));
                probes.add(dated("It was " + f.written() + " that " + h.subject() + " " + h.past() + ".", h, f));
            }
        }
        return new Capability("INV day set without will, weekday with its day, distance after a present clause,"
            + " occasion, cleft (event date)", probes);
    }

    static Capability otherDates() {
        List<Probe> probes = new ArrayList<>();
        List<Form> past = past();
        for (Fixtures.Happening h : Fixtures.HAPPENINGS) {
            for (int i = 0; i < past.size(); i++) {
                Form f = past.get(i);
                Form other = past.get((i + 5) % past.size());
                if (overlaps(f, other)) {
                    other = past.get((i + 7) % past.size());
                }
                Probe base = dated(cap(h.subject()) + " " + h.past() + " " + f.written() + ".", h, f);
                for (String text : List.of(
                    cap(h.subject()) + " " + h.past() + " " + f.written() + ", officials said " + other.written() + ".",
                    cap(Fixtures.OTHER_EVENT) + " " + other.written() + " and " + h.subject() + " " + h.past() + " " + f.written() + ".",
                    cap(h.subject()) + " " + h.past() + " " + f.written() + ", and " + Fixtures.OTHER_EVENT + " " + other.written() + ".",
                    cap(h.subject()) + " " + h.past() + ", officials said " + other.written() + ".")) {
                    boolean undated = text.endsWith("officials said " + other.written() + ".") && !text.contains(f.written() + ",");
                    probes.add((undated ? undated(text, h) : dated(text, h, f)).against(base));
                }
            }
        }
        return new Capability("DIR another date in the sentence is not taken (event date)", probes);
    }

    private static boolean overlaps(Form a, Form b) {
        return !a.last().isBefore(b.first()) && !b.last().isBefore(a.first());
    }


    /** The simple present of a plan: "the council approves the budget", "Osk and Lisk sign the treaty". */
    private static String present(Fixtures.Happening h) {
        if (h.plural()) {
            return h.base();
        }
        int space = h.base().indexOf(' ');
        String verb = h.base().substring(0, space);
        String s = verb.matches(".*(s|sh|ch|x|z)") ? "es" : "s";
        return verb + s + h.base().substring(space);
    }

    private static String agree(String modal, Fixtures.Happening h) {
        return h.plural() && modal.startsWith("is ") ? "are " + modal.substring(3)
            : h.plural() && modal.equals("plans to") ? "plan to" : modal;
    }

    private static Probe dated(String text, Fixtures.Happening h, Form f) {
        String expected = "the " + h.event() + " dated " + f.expected();
        return Probe.of(text, Fixtures.events(), expected, datedAs(h.event(), f));
    }

    private static Probe undated(String text, Fixtures.Happening h) {
        return Probe.of(text, Fixtures.events(), "no date of the " + h.event(), a -> datings(a, h.event()).isEmpty());
    }

    /** At least one dating of the event, and every dating holds the day and lies within the widest span. */
    static Predicate<ArticleAudit> datedAs(String event, Form f) {
        return a -> {
            List<EventDateClaim> dates = datings(a, event);
            return !dates.isEmpty() && dates.stream().allMatch(f::read);
        };
    }

    private static List<EventDateClaim> datings(ArticleAudit a, String event) {
        return a.claims().stream().filter(EventDateClaim.class::isInstance).map(EventDateClaim.class::cast)
            .filter(c -> c.event().equals(event)).toList();
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(DAY.getYear(), month, day);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static String cap(String s) {
        return CountCapabilities.cap(s);
    }
}
