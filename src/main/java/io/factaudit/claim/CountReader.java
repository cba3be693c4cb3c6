package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.language.Token;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.GroupNouns;
import io.factaudit.lexicon.VerbsOfHarm;
import io.factaudit.quantity.Interval;
import io.factaudit.quantity.Measure;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the counts of the sheet's estimate subjects the way a careful editor does: what is counted
 * ("North Korean troops", "people killed in Turkey", "the toll in Syria"), whose count it is (the
 * cited source), how it is hedged, and whether it is marked as an earlier figure. Counts of
 * something else are left out: other forces, casualties of a force, money, distances, years,
 * speculation, historical figures, figures that sum several subjects.
 */
public final class CountReader implements ClaimReader {

    /** An unqualified count this many times above every estimate is about something else (an army, a population). */
    private static final int IMPLAUSIBLE_FACTOR = 3;

    private static final Pattern NUMBER_WORD = Pattern.compile(
        "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|dozen)\\b");

    private final NumberReader numbers = new NumberReader();

    @Override
    public List<Claim> read(Document document, Facts facts) {
        if (facts.estimates().isEmpty()) {
            return List.of();
        }
        Map<String, SubjectProfile> profiles = new LinkedHashMap<>();
        Map<String, Set<String>> subjectsBySource = new HashMap<>();
        Map<String, Long> largest = new HashMap<>();
        int firstYear = Integer.MAX_VALUE;
        for (Estimate e : facts.estimates()) {
            profiles.computeIfAbsent(e.subject(), s -> SubjectProfile.of(facts.name(s).orElse(new Name(s, List.of(), null))));
            subjectsBySource.computeIfAbsent(e.source(), s -> new HashSet<>()).add(e.subject());
            long top = e.count().high() != null ? e.count().high() : e.count().low() == null ? 0 : e.count().low();
            largest.merge(e.subject(), top, Math::max);
            firstYear = Math.min(firstYear, e.asOf().getYear());
        }
        NameMatcher sources = new NameMatcher();
        for (Name n : facts.names()) {
            // a place is a source only when the sheet has its estimates (FACT-SHEETS.md 1.1); otherwise it locates
            if (!profiles.containsKey(n.name()) && (facts.place(n.name()).isEmpty() || subjectsBySource.containsKey(n.name()))) {
                sources.add(n.name(), n.spellings());
            }
        }
        List<Mention> mentions = sources.find(document.text());
        var context = new Context(document, new ArrayList<>(profiles.values()), subjectsBySource, largest, firstYear,
            new SourceFinder(document, mentions), facts.policy().aboutTolerance(), CountPlace.of(document, facts));
        List<Claim> claims = new ArrayList<>();
        for (Span sentence : document.sentences()) {
            if (!hasDigitOrNumberWord(document.text(), sentence)) {
                continue;
            }
            claims.addAll(new SentenceReading(context, sentence, numbers, claims).read());
        }
        return claims;
    }

    /** What every sentence of one article is read with. */
    record Context(Document document, List<SubjectProfile> profiles, Map<String, Set<String>> subjectsBySource,
                   Map<String, Long> largest, int firstYear, SourceFinder sources, double tolerance, CountPlace places) {
    }

    private static boolean hasDigitOrNumberWord(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        String lower = Words.lower(text.substring(s.start(), s.end()));
        return lower.contains("thousand") || lower.contains("million") || lower.contains("hundred")
            || NUMBER_WORD.matcher(lower).find();
    }

    /** The reading of one sentence: each of its numbers judged for what it counts and whose it is. */
    private static final class SentenceReading {

        private enum Evidence { HEAD, PEOPLE, PRONOUN, BARE, COUNT_NOUN, REFERENCE }

        private final Context context;
        private final Span sentence;
        private final NumberReader numbers;
        private final List<Claim> earlierClaims;
        private final List<Words.Word> words;
        private Map<Integer, String> tags; // tagged on first need: most counts are read without a tag
        private CountClaim previous;

        SentenceReading(Context context, Span sentence, NumberReader numbers, List<Claim> earlierClaims) {
            this.context = context;
            this.sentence = sentence;
            this.numbers = numbers;
            this.earlierClaims = earlierClaims;
            this.words = Words.of(context.document().text(), sentence);
        }

        /** A word's part-of-speech tag ("" for none); the sentence is tagged the first time one is asked for. */
        private String tag(Words.Word w) {
            if (tags == null) {
                tags = new HashMap<>();
                for (Token t : context.document().tokens(sentence)) {
                    tags.put(t.span().start(), t.tag());
                }
            }
            return tags.getOrDefault(w.span().start(), "");
        }

        List<Claim> read() {
            String text = context.document().textOf(sentence);
            List<Quantity> quantities = numbers.read(text, sentence.start(), context.tolerance());
            List<Claim> result = new ArrayList<>();
            if (quantities.stream().noneMatch(q -> q.measure() == Measure.COUNT)) {
                return result;
            }
            for (Quantity q : quantities) {
                boolean historical = quantities.stream().anyMatch(y -> y.measure() == Measure.YEAR
                    && y.value() < context.firstYear() - 1 && y.span().end() <= q.span().start());
                if (q.measure() != Measure.COUNT || historical) {
                    continue;
                }
                CountClaim claim = read(q, quantities);
                if (claim != null) {
                    result.add(claim);
                    previous = claim;
                }
            }
            return result;
        }

        private CountClaim read(Quantity q, List<Quantity> all) {
            int first = Words.indexAt(words, q.span().start());
            int after = Words.indexAt(words, q.span().end());
            // what follows the number: modifiers, then what is counted
            List<Integer> modifiers = new ArrayList<>();
            int i = after;
            Evidence evidence = Evidence.BARE;
            int head = -1;
            while (i < words.size() && modifiers.size() <= 5) {
                Words.Word w = words.get(i);
                if (w.punctuation()) {
                    break;
                }
                String two = i + 1 < words.size() ? w.lower() + " " + words.get(i + 1).lower() : "";
                if (anyHead(two)) {
                    head = i + 1;
                    evidence = Evidence.HEAD;
                    break;
                }
                if (anyHead(w.lower())) {
                    head = groupEnd(i);
                    evidence = Evidence.HEAD;
                    break;
                }
                if (Lexicon.PEOPLE.contains(w.lower())) {
                    head = i;
                    evidence = Evidence.PEOPLE;
                    break;
                }
                int part = PartOfWhole.ofTheHead(words, i, this::anyHead);
                if (part >= 0) {
                    head = part; // "four of the dead": a part of what is counted
                    evidence = Evidence.HEAD;
                    break;
                }
                if (w.is("of") && i + 1 < words.size() && words.get(i + 1).is("them", "those", "these", "whom")) {
                    head = i + 1;
                    evidence = Evidence.PRONOUN;
                    break;
                }
                if (SubjectProfile.GROUPS.contains(w.lower())) {
                    return null;
                }
                boolean modifier = w.capitalized() || isKeywordWord(w.lower()) || tag(w).equals("ADJ") || tag(w).equals("PROPN");
                if (modifier && !Lexicon.FUNCTION.contains(w.lower())) {
                    modifiers.add(i);
                    i++;
                    continue;
                }
                if (tag(w).equals("NOUN") && !Lexicon.FUNCTION.contains(w.lower())) {
                    return null; // a count of something else: shells, buildings, gendarmes
                }
                break;
            }
            if (evidence == Evidence.BARE && !modifiers.isEmpty()) {
                // "1,020 dead" reads its adjective as what is counted
                int last = modifiers.get(modifiers.size() - 1);
                if (anyHead(words.get(last).lower())) {
                    head = last;
                    evidence = Evidence.HEAD;
                    modifiers.remove(modifiers.size() - 1);
                } else {
                    return null; // "11 Turkish provinces" stopped at an unknown word: not ours
                }
            }
            for (int m : modifiers) {
                Words.Word w = words.get(m);
                if (w.capitalized() && !isKeywordWord(w.lower()) && !(m == first - 1)) {
                    return null; // "600,000 Russian soldiers": another force
                }
            }
            int end = head >= 0 ? head + 1 : after;
            if (otherOwner(end)) {
                return null; // "soldiers mobilized by Russia"
            }
            if (casualties(end, evidence) || casualtyBefore(first) || Increment.at(words, first, after)) {
                return null;
            }
            if (Speculation.at(words, first, end) || Denied.at(words, first, end)) {
                return null;
            }
            if (combined(first)) {
                return null;
            }
            boolean from = evidence == Evidence.BARE && previous != null && CountChange.earlierFrom(words, first);
            CountClaim whole = evidence == Evidence.PRONOUN || evidence == Evidence.BARE && PartOfWhole.listed(words, first, after) || from
                ? (previous != null ? previous : lastClaimInParagraph()) : null;
            if (whole != null) {
                evidence = Evidence.REFERENCE; // "28 of them", "four in B": a part of the count before it
            }
            if (evidence == Evidence.BARE && ElidedNoun.saidBefore(words, first, after, this::anyHead, counts(all))) {
                evidence = Evidence.PEOPLE; // "Floods kill at least nine in X": said of them as of "N people"
            }
            // a bare number needs a noun that counts, or a count noun before it, or company
            int countNoun = -1;
            CountClaim inherited = whole;
            if (evidence == Evidence.BARE) {
                countNoun = countNounBefore(first);
                if (countNoun < 0) {
                    countNoun = CountChange.headBefore(words, first, this::anyHead); // "cases climb above 160"
                }
                if (countNoun >= 0) {
                    evidence = Evidence.COUNT_NOUN;
                } else if (!hasDigit(q)) {
                    return null; // "one has told interrogators": a spelled number alone is a pronoun, not a count
                } else if (countNounAfter(after)) {
                    evidence = Evidence.COUNT_NOUN;
                } else if (referenceBefore(first) && lastClaimInParagraph() != null) {
                    inherited = lastClaimInParagraph();
                    evidence = Evidence.REFERENCE;
                } else if (previous != null && coordinated(first)) {
                    inherited = previous;
                    evidence = Evidence.REFERENCE;
                } else if (!totalOrDeadline(after) && !citedWithSubject(q)) {
                    return null;
                }
            }
            Span span = new Span(countNoun >= 0 ? words.get(countNoun).span().start() : q.span().start(),
                Math.max(q.span().end(), end > after ? words.get(end - 1).span().end() : q.span().end()));
            long factor = 1;
            int perUnitStart = perUnitBefore(first, all);
            if (perUnitStart >= 0 && each(end)) {
                factor = groupCount(first, all);
                span = new Span(words.get(perUnitStart).span().start(), eachEnd(end));
            } else {
                long inEach = perUnitAfter(end, all);
                if (inEach > 1) {
                    factor = inEach;
                    span = new Span(span.start(), eachGroupEnd(end));
                }
            }
            Interval interval = factor > 1 ? q.interval().times(factor) : q.interval();
            if ((passing(first) || CountChange.passes(words, first)) && interval.low() != null) {
                interval = Interval.atLeast(interval.low());
            }
            SourceFinder.Attribution attribution = context.sources().find(sentence, words, q.span(), counts(all));
            String source = attribution.source();
            SubjectProfile subject;
            if (inherited != null) {
                subject = profile(inherited.subject());
                if (source == null && !attribution.cited()) {
                    source = inherited.source();
                }
            } else {
                subject = subject(q, first, end, countNoun, evidence, source, modifiers);
            }
            if (subject == null) {
                return null;
            }
            CountClaim before = source == null && !attribution.cited() ? lastClaimInParagraph() : null;
            if (before != null && before.subject().equals(subject.subject())) {
                source = before.source(); // the passage's source goes on: "X's toll stands at 11, the agency said. Six people died in Y"
            }
            if (evidence == Evidence.PEOPLE && !saidOfThem(first, end, subject) && (source == null
                || !context.subjectsBySource().getOrDefault(source, Set.of()).contains(subject.subject()))) {
                return null; // "12,000 people" are this subject when what is said of them is, or their source counts it
            }
            // a subject named by its noun alone ("dockers") is named whenever that noun counts the number
            boolean explicit = keywordIn(subject, after, end) || (countNoun >= 0 && keywordIn(subject, countNoun, first))
                || evidence == Evidence.HEAD && subject.keywords().isEmpty();
            if (!explicit && implausible(interval, subject)) {
                return null;
            }
            boolean earlier = from || CountChange.earlierFrom(words, first) || earlier(countNoun >= 0 ? Math.min(countNoun, first) : first);
            String text = context.document().textOf(span);
            String where = context.places().locate(sentence, q.span());
            return new CountClaim(span, text, subject.subject(), interval, source, source != null, earlier, null,
                where == null && from ? whole.where() : where);
        }

        /** The noun group goes on while its words are the subject's ("striking dock workers"): its last word is the head. */
        private int groupEnd(int i) {
            while (i + 1 < words.size() && !words.get(i + 1).punctuation()
                && anyHead(words.get(i + 1).lower())) {
                i++;
            }
            return i;
        }

        private static List<Span> counts(List<Quantity> all) {
            return all.stream().filter(x -> x.measure() == Measure.COUNT).map(Quantity::span).toList();
        }

        private boolean hasDigit(Quantity q) {
            String text = context.document().textOf(q.span());
            return text.chars().anyMatch(Character::isDigit);
        }

        private boolean anyHead(String w) {
            for (SubjectProfile p : context.profiles()) {
                if (p.heads().contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isKeywordWord(String w) {
            for (SubjectProfile p : context.profiles()) {
                for (String k : p.keywords()) {
                    for (String part : k.split(" ")) {
                        if (part.equals(w) || (w.endsWith("'s") && part.equals(w.substring(0, w.length() - 2)))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** "soldiers of Russia", "from Ukraine", "mobilized by Russia" after what is counted, naming no subject. */
        private boolean otherOwner(int end) {
            int i = end;
            if (i < words.size() && words.get(i).is("mobilized", "mobilised", "deployed", "sent", "fielded", "raised",
                "recruited", "massed", "conscripted", "provided", "supplied", "commanded", "led")) {
                i++;
                if (i >= words.size() || !words.get(i).is("by")) {
                    return false;
                }
            } else if (i >= words.size() || !words.get(i).is("of", "from")) {
                return false;
            }
            if (i + 1 >= words.size()) {
                return false;
            }
            Words.Word owner = words.get(i + 1).is("the") && i + 2 < words.size() ? words.get(i + 2) : words.get(i + 1);
            return owner.capitalized() && !isKeywordWord(owner.lower()) && !CalendarWords.isMonth(owner.lower());
        }

        /**
         * A count of casualties of what is counted: said after it to have been harmed ("1,000 soldiers
         * killed or wounded", "31,777 people injured"), by a verb of harm the sheet's words do not name.
         */
        private boolean casualties(int end, Evidence evidence) {
            for (int i = end; i < Math.min(words.size(), end + 6); i++) {
                Words.Word w = words.get(i);
                if (w.is(";", ".", ":", "?")) {
                    return false;
                }
                if (w.is(",") && i > end) {
                    return false;
                }
                if (harmNotCounted(w.lower())) {
                    return true;
                }
            }
            return false;
        }

        /** "captured two North Korean soldiers", "lost 1,000 troops": harm done to what is counted. */
        private boolean casualtyBefore(int first) {
            for (int i = Math.max(0, first - 2); i < first; i++) {
                if (harmNotCounted(words.get(i).lower()) || words.get(i).is("lost") && !anyHead("lost")) {
                    return true;
                }
            }
            return false;
        }

        private boolean harmNotCounted(String lower) {
            return (VerbsOfHarm.contains(lower) || lower.equals("casualties") || lower.equals("missing"))
                && !anyHead(lower);
        }

        /** What the clause says of "N people" ("were evacuated", "died", "killed 29 people") is what the subject counts. */
        private boolean saidOfThem(int first, int end, SubjectProfile subject) {
            for (int i = Math.max(0, first - 2); i < first; i++) {
                if (subject.isHead(words.get(i).lower())) {
                    return true;
                }
            }
            for (int i = end; i < Math.min(words.size(), end + 6); i++) {
                if (words.get(i).is(";", ".")) {
                    return false;
                }
                if (subject.isHead(words.get(i).lower())) {
                    return true;
                }
            }
            return false;
        }

        private boolean combined(int first) {
            for (int i = Math.max(0, first - 5); i < first; i++) {
                if (Lexicon.COMBINED.contains(words.get(i).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** "the toll in Syria stood at", "put the number in Kursk at", "AFAD's figure stood at". */
        private int countNounBefore(int first) {
            if (first == 0) {
                return -1;
            }
            Words.Word link = words.get(first - 1);
            // a number that starts inside the sentence's last word ("0,0000,000") has no word at first
            boolean linked = isLink(link) || (first < words.size() && isLink(words.get(first)))
                || CountChange.links(words, first);
            if (!linked) {
                return -1;
            }
            for (int i = first - 1; i >= Math.max(0, first - 12); i--) {
                Words.Word w = words.get(i);
                if (w.is(";", "\u2014")) {
                    return -1;
                }
                // a collective noun measures a group of what is counted: "put the contingent at 1,500"
                boolean collective = GroupNouns.contains(w.lower()) && i > 1
                    && (words.get(i - 1).is("the", "its", "their") || words.get(i - 2).is("the", "its", "their"))
                    && !anyHead(w.lower());
                for (SubjectProfile p : context.profiles()) {
                    if (p.countNouns().contains(w.lower()) || collective) {
                        // "the number of buildings" counts buildings
                        if (i + 2 < first && words.get(i + 1).is("of")) {
                            Words.Word what = words.get(i + 2);
                            if (tag(what).equals("NOUN") && !anyHead(what.lower()) && !Lexicon.PEOPLE.contains(what.lower())) {
                                return -1;
                            }
                        }
                        return i;
                    }
                }
            }
            return -1;
        }

        private static boolean isLink(Words.Word w) {
            return Lexicon.LINKS.contains(w.lower()) || w.is(":", "reach", "rose", "climbed", "grew", "jumped");
        }

        /** "passed 35,000", "topped 40,000": the figure is a floor. */
        private boolean passing(int first) {
            for (int i = Math.max(0, first - 1); i <= Math.min(first, words.size() - 1); i++) {
                if (words.get(i).is("passed", "passes", "topped", "tops", "exceeded", "exceeds", "surpassed", "surpasses",
                    "above", "past", "over")) {
                    return true;
                }
            }
            return false;
        }

        /** "has given 1,414 as its count". */
        private boolean countNounAfter(int after) {
            return after + 2 < words.size() && words.get(after).is("as")
                && words.get(after + 1).is("its", "their", "the", "his", "her")
                && SubjectProfile.GENERIC_COUNT_NOUNS.contains(words.get(after + 2).lower());
        }

        /** "rounded it to 48,000", "raised that figure to six": a figure named before. */
        private boolean referenceBefore(int first) {
            if (first < 2 || !words.get(first - 1).is("to", "at")) {
                return false;
            }
            Words.Word w = words.get(first - 2);
            return w.is("it") || (first >= 3 && words.get(first - 3).is("that", "this") && w.is("figure", "number", "estimate", "count"));
        }

        private CountClaim lastClaimInParagraph() {
            Span paragraph = context.document().paragraphOf(sentence.start());
            for (int i = earlierClaims.size() - 1; i >= 0; i--) {
                if (earlierClaims.get(i) instanceof CountClaim c && paragraph.contains(c.span())) {
                    return c;
                }
            }
            return previous;
        }

        /** "out of 11,000 to 12,000", "up from 41,156", "and more than 4,500 in ...". */
        private boolean coordinated(int first) {
            for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
                if (words.get(i).is("and", "or", "from", "of", "out", "versus", "than")) {
                    return true;
                }
            }
            return false;
        }

        /** "In Syria: 1,414 in government-held areas, according to the Syrian health ministry". */
        private boolean citedWithSubject(Quantity q) {
            String source = context.sources().find(sentence, words, q.span(), List.of()).source();
            if (source == null) {
                return false;
            }
            for (String subject : context.subjectsBySource().getOrDefault(source, Set.of())) {
                SubjectProfile p = profile(subject);
                if (p != null && keywordIn(p, 0, words.size())) {
                    return true;
                }
            }
            return false;
        }

        /** "some 10,000 in total", "about 10,000 by December", "11,000 altogether". */
        private boolean totalOrDeadline(int after) {
            for (int i = after; i < Math.min(words.size(), after + 3); i++) {
                Words.Word w = words.get(i);
                if (w.is("total", "altogether", "all", "overall")) {
                    return true;
                }
                if (w.is("by") && i + 1 < words.size() && (CalendarWords.isMonth(words.get(i + 1).lower())
                    || words.get(i + 1).is("the", "year", "early", "mid", "late"))) {
                    return true;
                }
            }
            return false;
        }

        /** "two units of 6,000 soldiers each": the start of "two units of". */
        private int perUnitBefore(int first, List<Quantity> all) {
            if (first < 3 || !words.get(first - 1).is("of") || !SubjectProfile.GROUPS.contains(words.get(first - 2).lower())) {
                return -1;
            }
            int numberWord = first - 3;
            Span s = words.get(numberWord).span();
            return all.stream().anyMatch(q -> q.span().overlaps(s)) ? numberWord : -1;
        }

        private long groupCount(int first, List<Quantity> all) {
            Span s = words.get(first - 3).span();
            return all.stream().filter(q -> q.span().overlaps(s)).findFirst().map(Quantity::value).orElse(1L);
        }

        private boolean each(int end) {
            for (int i = end; i < Math.min(words.size(), end + 2); i++) {
                if (words.get(i).is("each", "apiece")) {
                    return true;
                }
            }
            return false;
        }

        private int eachEnd(int end) {
            for (int i = end; i < Math.min(words.size(), end + 2); i++) {
                if (words.get(i).is("each", "apiece")) {
                    return words.get(i).span().end();
                }
            }
            return words.get(end - 1).span().end();
        }

        /** "6,000 troops in each of two units": the number of units. */
        private long perUnitAfter(int end, List<Quantity> all) {
            if (end + 4 < words.size() && words.get(end).is("in") && words.get(end + 1).is("each") && words.get(end + 2).is("of")
                && SubjectProfile.GROUPS.contains(words.get(end + 4).lower())) {
                Span s = words.get(end + 3).span();
                return all.stream().filter(q -> q.span().overlaps(s)).findFirst().map(Quantity::value).orElse(1L);
            }
            return 1;
        }

        private int eachGroupEnd(int end) {
            return words.get(end + 4).span().end();
        }

        /** Which subject a count is of: named beside it, else the only one its source estimates, else the nearest named. */
        private SubjectProfile subject(Quantity q, int first, int end, int countNoun, Evidence evidence, String source,
                                       List<Integer> modifiers) {
            List<SubjectProfile> candidates = new ArrayList<>();
            if (evidence == Evidence.PEOPLE) {
                // what is said of "N people" names the subject when one subject's words say it ("died", "were evacuated")
                List<SubjectProfile> said = context.profiles().stream().filter(p -> saidOfThem(first, end, p)).toList();
                if (said.size() == 1) {
                    return said.get(0);
                }
            }
            for (SubjectProfile p : context.profiles()) {
                if (evidence == Evidence.HEAD) {
                    int h = end - 1;
                    String w = words.get(h).lower();
                    String two = h > 0 ? words.get(h - 1).lower() + " " + w : w;
                    if (!p.heads().contains(w) && !p.heads().contains(two)) {
                        continue;
                    }
                }
                candidates.add(p);
            }
            if (candidates.isEmpty()) {
                return null;
            }
            // named beside the count, or in its clause
            int from = countNoun >= 0 ? countNoun : Math.max(0, first - 1);
            int to = clauseEndFrom(end);
            SubjectProfile named = nearestNamed(candidates, from, to, q.span().start());
            if (named != null) {
                return named;
            }
            SubjectProfile counted = countNoun < 0 ? null : CountChange.countedBy(candidates, words, countNoun, first);
            if (counted != null) {
                return counted; // "the death toll rose to 17": the count noun's own words say what it counts
            }
            if (source != null) {
                List<SubjectProfile> bySource = candidates.stream()
                    .filter(p -> context.subjectsBySource().getOrDefault(source, Set.of()).contains(p.subject())).toList();
                if (bySource.size() == 1 && (candidates.size() > 1 || evidence != Evidence.BARE)) {
                    return bySource.get(0);
                }
            }
            // the passage is about it: named earlier in the sentence, the paragraph, or the heading above
            named = nearestNamed(candidates, 0, words.size(), q.span().start());
            if (named != null) {
                return named;
            }
            return namedInPassage(candidates);
        }

        private int clauseEndFrom(int end) {
            for (int i = end; i < words.size(); i++) {
                if (words.get(i).is(",", ";", ".", ":", "\u2014")) {
                    return i;
                }
            }
            return words.size();
        }

        private SubjectProfile nearestNamed(List<SubjectProfile> candidates, int fromWord, int toWord, int anchor) {
            if (fromWord >= toWord || fromWord >= words.size()) {
                return null;
            }
            int start = words.get(fromWord).span().start();
            int stop = words.get(Math.min(toWord, words.size()) - 1).span().end();
            String text = Words.lower(io.factaudit.language.Folded.of(context.document().text().substring(start, stop)).text());
            SubjectProfile best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (SubjectProfile p : candidates) {
                int at = p.lastMention(text);
                if (at < 0) {
                    continue;
                }
                int distance = Math.abs(start + at - anchor);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = p;
                }
            }
            return best;
        }

        /** The subject named last in the sentences before this one in its paragraph, or in the heading above. */
        private SubjectProfile namedInPassage(List<SubjectProfile> candidates) {
            var doc = context.document();
            Span paragraph = doc.paragraphOf(sentence.start());
            String before = Words.lower(io.factaudit.language.Folded.of(doc.text().substring(paragraph.start(), sentence.start())).text());
            SubjectProfile best = lastNamed(candidates, before);
            if (best != null) {
                return best;
            }
            Span heading = null;
            for (Span p : doc.paragraphs()) {
                if (p.end() <= paragraph.start()) {
                    heading = p;
                }
            }
            if (heading != null && heading.length() < 160) {
                return lastNamed(candidates, Words.lower(io.factaudit.language.Folded.of(doc.textOf(heading)).text()));
            }
            return null;
        }

        private static SubjectProfile lastNamed(List<SubjectProfile> candidates, String text) {
            SubjectProfile best = null;
            int bestAt = -1;
            for (SubjectProfile p : candidates) {
                int at = p.lastMention(text);
                if (at > bestAt) {
                    bestAt = at;
                    best = p;
                }
            }
            return best;
        }

        private boolean keywordIn(SubjectProfile subject, int fromWord, int toWord) {
            if (fromWord >= toWord || fromWord >= words.size()) {
                return false;
            }
            int start = words.get(fromWord).span().start();
            int stop = words.get(Math.min(toWord, words.size()) - 1).span().end();
            return subject.mentionedIn(Words.lower(io.factaudit.language.Folded.of(context.document().text().substring(start, stop)).text()));
        }

        private SubjectProfile profile(String subject) {
            return context.profiles().stream().filter(p -> p.subject().equals(subject)).findFirst().orElse(null);
        }

        private boolean implausible(Interval interval, SubjectProfile subject) {
            long largest = context.largest().getOrDefault(subject.subject(), 0L);
            return largest > 0 && interval.low() != null && interval.low() > IMPLAUSIBLE_FACTOR * largest;
        }

        /** "initially", "first", "up from", a month or an explicit date near the figure: an earlier figure. */
        private boolean earlier(int first) {
            int from = Math.max(0, first - 10);
            for (int i = first - 1; i >= from; i--) {
                if (words.get(i).is(";", ",", "\u2014")) {
                    from = i + 1;
                    break;
                }
            }
            for (int i = from; i < Math.min(words.size(), first + 8); i++) {
                Words.Word w = words.get(i);
                if (w.is(";", ",", "\u2014") && i >= first) {
                    break;
                }
                boolean deadline = i > 0 && words.get(i - 1).is("by", "until", "before");
                if (Lexicon.EARLIER.contains(w.lower()) || CalendarWords.isMonth(w.lower()) && w.capitalized() && !deadline) {
                    return true;
                }
                if (w.is("up", "down") && i + 1 < words.size() && words.get(i + 1).is("from")) {
                    return true;
                }
            }
            return false;
        }
    }
}
