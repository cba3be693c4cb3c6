package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.quantity.Interval;
import io.factaudit.quantity.Measure;
import io.factaudit.quantity.Quantity;
import java.util.List;

/**
 * The reading of one count of a sentence: what it counts (its noun group, else a frame that makes a
 * bare number a count), the rules that may set it aside, then its subject, source, place and marks.
 */
final class NumberReading {

    /** The rules every number that counts something must pass, in the order they are tried. */
    private static final List<CountRule> RULES = List.of(new OtherOwner(), new Casualties(), new Increment(), new Difference(),
        new Speculation(), new Capacity(), new RuleLimit(), new OwnersWhole(), new Restored(), new Denied(), new CombinedFigure(), new Proportion(), new Withdrawn(),
        new PeopleOfOthers(), new Statistic(), new Habitual(), new Conditional());
    /** A figure a change started from ("rose to 17 from nine") is of the place of the figure it changed to. */
    private static final String FROM_PLACE = "the place of the figure it changed to";
    /** A bare figure compared to another ("2,400, against the company's 1,800") is of that figure's place. */
    private static final String COMPARED_PLACE = "the place of the figure it is compared to";

    /** A place that stands as the reporter or the clause's subject names no source of its own (FACT-SHEETS.md 1.1). */
    private static final java.util.Set<String> PLACE_REPORTS = java.util.Set.of(new PlaceAsReporter().name(), new PlaceAsSubject().name());

    private final CountSentence s;
    private final Quantity q;
    private final List<Quantity> all;
    /** The figure a bare number is coordinated with or compared to, whose place it keeps when it names none. */
    private CountClaim compared;
    /** The source of a gapped clause ("and the clinic 520") or of a said figure ("the union says 1,400"), whose figure the bare number is; or null. */
    private String gapped;
    /** The place rule of such a figure that names no place: that of the count it repeats or answers. */
    private String gappedPlace;
    /** What made a bare number a count, when more than its evidence tells ("a part of the count before it"); or null. */
    private String frame;
    /** Whether the number is a partitive's ("two of the dead", "40 of them") with no count before it to be a part of. */
    private boolean partAlone;

    NumberReading(CountSentence s, Quantity q, List<Quantity> all) {
        this.s = s;
        this.q = q;
        this.all = all;
    }

    CountDecision decide() {
        List<Words.Word> words = s.words();
        int first = Words.indexAt(words, q.span().start());
        int after = Words.indexAt(words, q.span().end());
        NounGroup group = NounGroup.after(s, first, after);
        if (group.aside() != null) {
            return CountDecision.setAside(q.span(), group.aside());
        }
        int end = group.end(after);
        CountedNumber counted = new CountedNumber(q, first, after, end, group.evidence());
        for (CountRule rule : RULES) {
            Span looked = rule.setsAside(s, counted);
            if (looked != null) {
                return aside(rule.name(), looked);
            }
        }
        Evidence evidence = group.evidence();
        CountClaim previous = s.previous();
        boolean from = evidence == Evidence.BARE && previous != null && CountChange.earlierFrom(words, first);
        CountClaim whole = null;
        if (group.part()) {
            if (evidence == Evidence.PRONOUN && PartOfWhole.ofSomethingElse(s)) {
                return aside(PartOfWhole.NOT_COUNTED, s.wordsSpan(first, group.end(after))); // "used four boats; two of them sank"
            }
            if (evidence == Evidence.HEAD && PartOfWhole.ofSetAside(s, group.head())) {
                return aside(PartOfWhole.NOT_COUNTED, s.wordsSpan(first, group.end(after))); // "found four more bodies. Three of the bodies ..."
            }
            whole = PartOfWhole.whole(s, evidence == Evidence.HEAD ? group.head() : -1);
            partAlone = whole == null && group.head() > first;
        } else if (from) {
            whole = previous;
        } else if (evidence == Evidence.HEAD && previous != null && PartOfWhole.included(words, first, end)) {
            whole = previous; // "14 died, including 12 passengers": a part of the count before it, as "including 9 in A" is
        } else if (evidence == Evidence.BARE && (PartOfWhole.listed(words, first, after)
            || PartOfWhole.elided(words, after) && s.context().places().gapped(s.span(), q.span()))) {
            whole = PartOfWhole.listWhole(s, first);
        }
        if (whole != null) {
            evidence = Evidence.REFERENCE; // "28 of them", "four in B": a part of the count before it
            frame = from ? "the figure a change started from" : "a part of the count before it";
        }
        if (evidence == Evidence.BARE && (ElidedNoun.saidBefore(words, first, after, s.context()::anyHead, counts())
            || s.context().profiles().stream().anyMatch(p -> p.elided(s, after) || p.elidedObject(s, first, after)
                || p.predicated(s, after, after)))) {
            evidence = Evidence.PEOPLE; // "Floods kill at least nine in X", "12,000 forced from homes": as of "N people"
        }
        int countNoun = -1;
        if (group.part() && whole == null && evidence == Evidence.HEAD && group.head() < first) {
            countNoun = group.head(); // "Of those detained, 390 ...", no count before: the fronted words say what is counted
            evidence = Evidence.COUNT_NOUN;
        }
        CountClaim inherited = whole;
        compared = null;
        gapped = evidence == Evidence.BARE && whole == null ? GappedSource.before(s, first) : null;
        gappedPlace = GappedSource.PLACE;
        if (gapped != null) {
            inherited = previous; // "the board counted 400 cases, the clinic 520": the count before it, by another source
            evidence = Evidence.REFERENCE;
            frame = "a gapped clause of another source";
        } else if (evidence == Evidence.BARE && whole == null && s.lastCurrentInParagraph() != null
            && BareNumber.countNounBefore(s, first) < 0 && (gapped = SaidFigure.by(s, first, after)) != null) {
            inherited = s.lastCurrentInParagraph(); // "Police say 9,000 joined the march. The union says 20,000"
            gappedPlace = SaidFigure.PLACE;
            evidence = Evidence.REFERENCE;
            frame = "a figure another source says";
        } else if (evidence == Evidence.BARE && whole == null && CitedFigure.listed(s) != null
            && (gapped = CitedFigure.after(s, after)) != null) {
            if (s.context().estimates(gapped, CitedFigure.listed(s).subject())) {
                inherited = CitedFigure.listed(s); // "Day two: 1,400 according to the union, 900 (agency)"
                gappedPlace = null; // an item of its own: it names its place or none
                evidence = Evidence.REFERENCE;
                frame = "a figure cited in a list";
            } else {
                gapped = null;
            }
        }
        if (evidence == Evidence.BARE) {
            countNoun = BareNumber.countNounBefore(s, first);
            if (countNoun < 0) {
                countNoun = CountChange.headBefore(words, first, s.context()::anyHead); // "cases climb above 160"
            }
            if (countNoun >= 0 && s.context().anotherSubjectsNoun(s, countNoun)) {
                return aside(OtherSubjectCounted.NAME, s.wordsSpan(Math.min(countNoun, first), Math.max(countNoun, first) + 1));
            }
            if (countNoun >= 0) {
                evidence = Evidence.COUNT_NOUN;
            } else if (s.context().document().textOf(q.span()).chars().noneMatch(Character::isDigit)) {
                return aside(NothingCounted.SPELLED, q.span()); // a spelled number alone is a pronoun, not a count
            } else if (BareNumber.countNounAfter(s, after)) {
                evidence = Evidence.COUNT_NOUN;
            } else if (BareNumber.referenceBefore(s, first) && s.lastClaimInParagraph() != null) {
                inherited = s.lastClaimInParagraph();
                evidence = Evidence.REFERENCE;
                frame = "a figure referred back to";
            } else if (previous != null && BareNumber.comparedOwner(s, first) != null) {
                inherited = previous;
                evidence = Evidence.REFERENCE;
                compared = previous; // "at 2,400 in X, against the company's 1,800": of the same place unless it names its own
                frame = "a figure compared to the count before it";
            } else if (previous != null && BareNumber.coordinated(s, first)) {
                inherited = previous;
                evidence = Evidence.REFERENCE;
                frame = "a figure coordinated with the count before it";
            } else if (!BareNumber.totalOrDeadline(s, after) && !BareNumber.citedWithSubject(s, q)) {
                return aside(NothingCounted.NAME, s.wordsSpan(Math.max(0, first - 3), after + 3));
            } else {
                frame = BareNumber.totalOrDeadline(s, after) ? "a total or a deadline after it" : "a figure cited with its subject";
            }
        }
        counted = new CountedNumber(q, first, after, end, evidence);
        return claim(counted, countNoun, inherited, whole, from);
    }

    /** The claim, once what the number counts is known; or the rule that sets it aside after all. */
    private CountDecision claim(CountedNumber n, int countNoun, CountClaim inherited, CountClaim whole, boolean from) {
        int first = n.first();
        int after = n.after();
        int end = n.end();
        Span span = new Span(countNoun >= 0 ? s.word(countNoun).span().start() : q.span().start(),
            Math.max(q.span().end(), end > after ? s.word(end - 1).span().end() : q.span().end()));
        PerUnit perUnit = PerUnit.of(s, first, end, all, span);
        span = perUnit.span();
        Interval interval = perUnit.factor() > 1 ? q.interval().times(perUnit.factor()) : q.interval();
        if ((FigureMarks.passing(s, first) || CountChange.passes(s.words(), first)) && interval.low() != null) {
            interval = Interval.atLeast(interval.low());
        }
        SourceFinder.Attribution attribution = s.context().sources().find(s.span(), s.words(), q.span(), counts());
        String owner = compared != null ? BareNumber.comparedOwner(s, first) : null;
        if (owner != null || gapped != null) {
            // "against the company's 1,800", "and the clinic 520": whose the elided count is
            attribution = new SourceFinder.Attribution(owner != null ? owner : gapped, true);
        }
        CountPlace.Placed placed = from ? new CountPlace.Placed(whole.where(), FROM_PLACE) : s.context().places().placed(s.span(), q.span());
        if (placed == null && compared != null && compared.where() != null) {
            placed = new CountPlace.Placed(compared.where(), COMPARED_PLACE);
        }
        if (placed == null && gapped != null && gappedPlace != null && inherited.where() != null) {
            placed = new CountPlace.Placed(inherited.where(), gappedPlace); // "in Dorn, the clinic 520"
        }
        if (PartInNoPlace.is(s, n.first(), whole, from, placed, attribution.source())) {
            return aside(PartInNoPlace.NAME, span); // "31 survivors ... 20 of them were taken to hospital"
        }
        if (attribution.source() == null && attribution.cited() && placed != null && PLACE_REPORTS.contains(placed.rule())) {
            attribution = SourceFinder.Attribution.NONE; // "B has now recorded 12 deaths": the place reports, the passage's source goes on
        }
        String source = attribution.source();
        SubjectProfile subject;
        if (inherited != null) {
            subject = s.context().profile(inherited.subject());
            if (source == null && (!attribution.cited() || whole != null)) {
                source = inherited.source(); // a part keeps its whole's source: "B has 12 deaths, C seven"
            }
        } else {
            subject = SubjectChoice.of(s, n, countNoun, source);
        }
        if (subject == null) {
            return aside(NoSubject.NAME, span);
        }
        if (partAlone && PartInNoPlace.alone(s, n, placed, subject)) {
            return aside(PartInNoPlace.NO_WHOLE, s.wordsSpan(first, end)); // "Two of the dead were children", no toll before it
        }
        CountClaim before = source == null && !attribution.cited() ? s.lastClaimInParagraph() : null;
        if (before != null && before.subject().equals(subject.subject())) {
            source = before.source(); // the passage's source goes on: "X's toll stands at 11, the agency said. Six people died in Y"
        }
        if (source == null && !attribution.cited()) {
            source = s.context().sources().citedEarlierInParagraph(s.span()); // the paragraph's source goes on
        }
        if (source == null && ReportAnaphor.cites(s, n.first())) {
            // "The same bulletin breaks the toll down: seven in A": the report of the source cited last
            source = s.context().sources().citedBefore(s.span(), ReportAnaphor.PARAGRAPHS_BACK);
        }
        if (source == null && n.end() > after) {
            source = CountAgent.of(s, subject, first, n.end() - 1); // "Norbek to cut 1,200 jobs": its own plan's figure
        }
        SetAside ofSubject = PeopleRules.setsAside(s, n, subject, source, interval);
        if (ofSubject != null) {
            return CountDecision.setAside(q.span(), ofSubject);
        }
        // a subject named by its noun alone ("dockers") is named whenever that noun counts the number
        boolean explicit = s.keywordIn(subject, after, end) || (countNoun >= 0 && s.keywordIn(subject, countNoun, first))
            || n.evidence() == Evidence.HEAD && subject.keywords().isEmpty();
        if (!explicit && ImplausiblyLarge.is(interval, s.context().largest().getOrDefault(subject.subject(), 0L))) {
            return aside(ImplausiblyLarge.NAME, span);
        }
        boolean earlier = from || CountChange.earlierFrom(s.words(), first) || FigureMarks.earlier(s, countNoun >= 0 ? Math.min(countNoun, first) : first);
        return CountDecision.read(q.span(), new CountClaim(span, s.context().document().textOf(span), subject.subject(), interval,
            source, source != null, earlier, null, placed == null ? null : placed.place()), placed == null ? null : placed.rule(),
            frame != null ? frame : n.evidence().frame);
    }

    private CountDecision aside(String rule, Span looked) {
        return CountDecision.setAside(q.span(), new SetAside(rule, looked));
    }

    private List<Span> counts() {
        return all.stream().filter(x -> x.measure() == Measure.COUNT).map(Quantity::span).toList();
    }
}
