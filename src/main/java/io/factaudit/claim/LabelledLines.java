package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Figures in labelled lines, the layout of fact boxes: a label, a colon or a dash, then the figure and
 * little else ("- Harbour Agency: 2,300 arrivals nationwide", "Norland: about 900", "Easton - 700").
 * The label is a place of the sheet (where), a source of the sheet (whose), or the date of a timeline
 * line ("Sept. 10 — 48,000": of that day) when the figure stands alone after it, in a block whose introducing line names what is counted and whose count it is ("How the count
 * has moved (Harbour Agency, arrivals):"); other dated lines are the sentences' reader's. What is counted is the subject whose head follows the figure, else that of the lines above
 * in the block, else the one the line introducing the block names, else (a line labelled by a place or source)
 * the sheet's only subject. A line labelled by a place takes its
 * source from the nearest line above it labelled by a source, else from the line
 * introducing the block ({@link CitedAbove}: "Arrivals by town (Harbour Agency):"); a figure with no
 * subject or no source named is not read.
 */
final class LabelledLines {

    /** What may open a line before its label: list marks and padding. */
    private static final String MARKS = "-*\u2022\u00b7 \t";
    /** Words a label may have at most: "Central Harbour District", not a sentence. */
    private static final int LABEL_WORDS = 6;

    private final NumberReader numbers = new NumberReader();

    List<CountClaim> read(Document document, Facts facts) {
        if (facts.estimates().isEmpty()) {
            return List.of();
        }
        Map<String, SubjectProfile> byName = new LinkedHashMap<>();
        Set<String> estimating = new HashSet<>();
        for (Estimate e : facts.estimates()) {
            byName.computeIfAbsent(e.subject(), s -> SubjectProfile.of(facts.name(s).orElse(new Name(s, List.of(), null))));
            estimating.add(e.source());
        }
        List<SubjectProfile> profiles = List.copyOf(byName.values());
        NameMatcher places = new NameMatcher();
        NameMatcher sources = new NameMatcher();
        for (Place p : facts.places()) {
            places.add(p.name(), facts.name(p.name()).map(Name::spellings).orElse(List.of(p.name())));
        }
        for (Name n : facts.names()) {
            if (!byName.containsKey(n.name()) && (facts.place(n.name()).isEmpty() || estimating.contains(n.name()))) {
                sources.add(n.name(), n.spellings());
            }
        }
        String text = document.text();
        Set<Integer> timeline = new HashSet<>();
        TimelineLine.in(document).forEach(l -> timeline.add(l.line().start()));
        CitedAbove above = null;
        List<CountClaim> claims = new ArrayList<>();
        String blockSource = null;
        SubjectProfile blockSubject = null;
        int blockStart = 0;
        boolean inBlock = false;
        boolean datedBlock = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int first = start;
            while (first < end && MARKS.indexOf(text.charAt(first)) >= 0) {
                first++;
            }
            int sep = separator(text, first, end);
            String label = sep < 0 ? null : text.substring(first, sep).strip();
            String place = label == null ? null : whole(places, label);
            String source = label == null || place != null ? null : whole(sources, label);
            // a dated line opens a block of its own or goes on one: "- Agency: 2,300" then "May 1 — 900" is no timeline
            boolean dated = label != null && place == null && source == null && timeline.contains(first) && (!inBlock || datedBlock);
            Quantity q = place == null && source == null && !dated ? null : figure(text, sep, end, facts);
            if (q == null) {
                inBlock = false;
                blockSource = null;
                start = end + 1;
                continue;
            }
            if (!inBlock) {
                above = above == null ? CitedAbove.of(document, facts) : above;
                blockSource = above.before(start);
                blockSubject = null;
                blockStart = start;
                inBlock = true;
                datedBlock = dated;
            }
            if (source != null) {
                blockSource = source;
            }
            SubjectProfile subject = subject(text, q, end, profiles, blockStart, blockSubject);
            if (subject == null && !dated && profiles.size() == 1) {
                subject = profiles.get(0); // as in a table: a sheet of one subject counts it in a line its place or source labels
            }
            blockSubject = subject;
            boolean fits = subject != null && (dated ? text.substring(q.span().end(), end).isBlank() : fitsLine(text, q, end, subject));
            if (blockSource != null && fits) {
                Span span = new Span(first, end);
                claims.add(new CountClaim(span, document.textOf(span), subject.subject(), q.interval(), blockSource,
                    true, false, null, place));
            }
            start = end + 1;
        }
        return claims;
    }

    /** Where the label ends: a colon, or a dash set off by spaces ("Norland — 900", "Norland - 900"). */
    private static int separator(String text, int first, int end) {
        for (int i = first; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && i > first) {
                return i;
            }
            boolean dash = c == '\u2014' || c == '\u2013' || c == '-';
            if (dash && i > first && text.charAt(i - 1) == ' ' && i + 1 < end && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The sheet name the whole label writes, or null. */
    private static String whole(NameMatcher names, String label) {
        if (label.isEmpty() || label.split("\\s+").length > LABEL_WORDS || names.isEmpty()) {
            return null;
        }
        for (Mention m : names.find(label)) {
            if (m.span().start() == 0 && label.substring(m.span().end()).chars().noneMatch(Character::isLetterOrDigit)) {
                return m.name();
            }
        }
        return null;
    }

    /** The count that opens what follows the label, or null. */
    private Quantity figure(String text, int sep, int end, Facts facts) {
        int from = sep + 1;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        List<Quantity> found = numbers.read(text.substring(from, end), from, facts.policy().aboutTolerance());
        if (found.isEmpty() || !found.get(0).isCount() || found.get(0).span().start() != from) {
            return null;
        }
        return found.get(0);
    }

    /**
     * The subject whose head follows the figure, else the one of the lines above it in the block, else
     * the one the line introducing the block names; a bare figure under none is not read.
     */
    private static SubjectProfile subject(String text, Quantity q, int end, List<SubjectProfile> profiles, int blockStart,
                                          SubjectProfile above) {
        String next = nextWord(text, q.span().end(), end);
        for (SubjectProfile p : profiles) {
            if (next != null && p.isHead(next)) {
                return p;
            }
        }
        if (above != null) {
            return above;
        }
        Span line = CitedAbove.lineAbove(text, blockStart);
        if (line == null) {
            return null;
        }
        String intro = Folded.of(text.substring(line.start(), line.end())).text().toLowerCase(Locale.ROOT);
        return SubjectProfile.headedBy(profiles, List.of(intro.split("[^\\p{L}\\p{N}']+")));
    }

    /**
     * Whether little else follows the figure: its subject's head, then at most one word, up to the end
     * of the line or a comma ("2,300 arrivals nationwide, ..."); not an increment ("900 more") nor
     * another noun ("1,800 polling stations") nor a clause ("900 crossed on Friday").
     */
    private static boolean fitsLine(String text, Quantity q, int end, SubjectProfile subject) {
        int i = q.span().end();
        String next = nextWord(text, i, end);
        if (next != null && subject.isHead(next)) {
            i = skipWord(text, i, end);
            next = nextWord(text, i, end);
        }
        if (next == null) {
            return true;
        }
        if (Increment.AFTER.contains(next)) {
            return false;
        }
        int after = skipWord(text, i, end);
        String rest = text.substring(after, end).strip();
        return rest.isEmpty() || ",;(".indexOf(rest.charAt(0)) >= 0 || rest.charAt(0) == '.';
    }

    /** The next word after {@code i} on the line, lower case, or null when punctuation or the end comes first. */
    private static String nextWord(String text, int i, int end) {
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i == from ? null : text.substring(from, i).toLowerCase(Locale.ROOT);
    }

    private static int skipWord(String text, int i, int end) {
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
