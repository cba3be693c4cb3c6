package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.FigureVerbs;
import io.factaudit.lexicon.GroupNouns;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordForms;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source named again by a role noun: "the agency", "the health department", "the ministry", "his
 * agency's". The noun is an organisation (a collective noun of WordNet) or an office; it and the
 * words before it in its noun group are all words of one source's name or other spellings, and that
 * source was named earlier in the article. When several sources hold the words, the one named last
 * before is meant. A group after "the" that only one source's words hold is that source even when the
 * article names it no other way ("the transport ministry said" for a sheet's "Norvish transport ministry").
 */
final class RoleNouns {

    /** Definite determiners, which refer back to someone named before: a closed class. */
    private static final Set<String> DEFINITE = Set.of("the", "its", "his", "her", "their", "this", "that");
    /** How many words a role noun's group may have after its determiner ("the regional water authority"). */
    private static final int GROUP = 3;

    private RoleNouns() {
    }

    /** The role-noun mentions of the article's sources, beside their named mentions, in text order. */
    static List<Mention> find(Document document, List<Name> sources, List<Mention> named) {
        Map<String, Set<String>> wordsOf = new LinkedHashMap<>();
        for (Name n : sources) {
            Set<String> words = new HashSet<>();
            for (String spelling : n.spellings()) {
                String folded = fold(spelling);
                for (Words.Word w : Words.of(folded, new Span(0, folded.length()))) {
                    words.add(stripPossessive(w.lower()));
                }
            }
            wordsOf.put(n.name(), words);
        }
        Set<String> any = new HashSet<>();
        wordsOf.values().forEach(any::addAll);
        List<Mention> found = new ArrayList<>();
        for (Span paragraph : document.paragraphs()) {
            List<Words.Word> words = Words.of(document, paragraph);
            for (int i = 0; i < words.size(); i++) {
                Mention m = null;
                if (DEFINITE.contains(words.get(i).lower())) {
                    m = roleNounAfter(document, words, i, i + 1, wordsOf, any, named);
                } else if (i == 0 || words.get(i - 1).is(";", ":", "\u2014")) {
                    // a headline's "Guild says ...": a bare role noun opening its clause, a verb of saying next
                    m = roleNounAfter(document, words, i, i, wordsOf, any, named);
                    m = m != null && speaks(words, m) ? m : null;
                }
                if (m != null) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** Whether a verb of saying follows the mention ("Guild says"). */
    private static boolean speaks(List<Words.Word> words, Mention m) {
        for (int k = 0; k + 1 < words.size(); k++) {
            if (words.get(k).span().end() == m.span().end()) {
                return FigureVerbs.reportVerb(words.get(k + 1).lower());
            }
        }
        return false;
    }

    private static Mention roleNounAfter(Document document, List<Words.Word> words, int determiner, int from,
                                         Map<String, Set<String>> wordsOf, Set<String> any, List<Mention> named) {
        for (int k = from; k < Math.min(words.size(), from + GROUP); k++) {
            Words.Word w = words.get(k);
            if (w.punctuation()) {
                return null;
            }
            String noun = fold(stripPossessive(w.lower()));
            if (!any.contains(noun)) {
                return null; // a word no source's name holds ends the search
            }
            boolean role = GroupNouns.contains(noun) || OfficeHolders.isOffice(noun)
                || possessive(words, k) && WordForms.isPluralNoun(noun) && Persons.isPerson(noun); // "the monitors' tally" of "X monitors"
            boolean last = k + 1 >= words.size() || !continuesGroup(words.get(k + 1)) || w.lower().endsWith("'s");
            if (role && last) {
                Span span = new Span(words.get(determiner).span().start(), w.span().end());
                if (named.stream().anyMatch(m -> m.span().overlaps(span))) {
                    return null;
                }
                List<String> group = words.subList(from, k + 1).stream().map(x -> fold(stripPossessive(x.lower()))).toList();
                String source = namedLastBefore(wordsOf, group, named, span.start());
                if (source == null && determiner == from) {
                    source = namedFirstAfter(wordsOf, group, named, span.end()); // a headline's noun names what the story names
                }
                if (source == null && words.get(determiner).is("the") && !possessive(words, k) && speaksAfter(words, k)) {
                    source = onlyHolder(wordsOf, group); // "the transport ministry said", no ministry named before
                }
                return source == null ? null : new Mention(source, document.textOf(span), span);
            }
            if (w.lower().endsWith("'s")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the role noun at {@code k} is the subject of a verb of saying or of giving a figure, past
     * auxiliaries: "the commission says", "the ministry has updated", "the agency would only say". Not a
     * noun that merely owns something ("the agency's update put") or stands in a clause of its own.
     */
    private static boolean speaksAfter(List<Words.Word> words, int k) {
        for (int j = k + 1; j < Math.min(words.size(), k + 4); j++) {
            Words.Word w = words.get(j);
            if (ClosedClass.AUXILIARIES.contains(w.lower()) || ClosedClass.MODALS.contains(w.lower()) || w.is("only", "also", "now")) {
                continue;
            }
            return !w.capitalized() && FigureVerbs.reportVerb(w.lower()) && !w.is("according");
        }
        return false;
    }

    /** "observers'", "monitors's": the word at {@code k} owns what follows. */
    private static boolean possessive(List<Words.Word> words, int k) {
        return words.get(k).lower().endsWith("'s") || k + 1 < words.size() && words.get(k + 1).is("'", "\u2019");
    }

    /** A capitalized word or a sheet source's word after a role noun continues a name ("the agency Defesa Civil"). */
    private static boolean continuesGroup(Words.Word next) {
        return !next.punctuation() && (next.capitalized() || GroupNouns.contains(next.lower()));
    }

    /**
     * The one source of the sheet whose words hold the whole group, or null: "the interior ministry" for a
     * sheet that spells only one source "Norvish transport ministry", even when the article names it no
     * other way. Two holders ("the police" of "city police" and "state police") leave it to no one.
     */
    private static String onlyHolder(Map<String, Set<String>> wordsOf, List<String> group) {
        String only = null;
        for (Map.Entry<String, Set<String>> e : wordsOf.entrySet()) {
            if (e.getValue().containsAll(group)) {
                if (only != null) {
                    return null;
                }
                only = e.getKey();
            }
        }
        return only;
    }

    /** Of the sources whose words hold the whole group, the one named first after the offset, if only one holds it. */
    private static String namedFirstAfter(Map<String, Set<String>> wordsOf, List<String> group, List<Mention> named, int offset) {
        Set<String> holders = new java.util.HashSet<>();
        String first = null;
        for (Mention m : named) {
            Set<String> words = wordsOf.get(m.name());
            if (m.span().start() >= offset && words != null && words.containsAll(group)) {
                holders.add(m.name());
                first = first == null ? m.name() : first;
            }
        }
        return holders.size() == 1 ? first : null;
    }

    /** Of the sources whose words hold the whole group, the one named last before the offset. */
    private static String namedLastBefore(Map<String, Set<String>> wordsOf, List<String> group, List<Mention> named, int offset) {
        String best = null;
        int bestAt = -1;
        for (Mention m : named) {
            Set<String> words = wordsOf.get(m.name());
            if (m.span().end() <= offset && m.span().start() > bestAt && words != null && words.containsAll(group)) {
                best = m.name();
                bestAt = m.span().start();
            }
        }
        return best;
    }

    private static String fold(String s) {
        return Folded.of(s).text();
    }

    private static String stripPossessive(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }
}
