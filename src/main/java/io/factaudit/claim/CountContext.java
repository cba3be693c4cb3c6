package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
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

/**
 * What every sentence of one article is read with: the sheet's estimate subjects (their words),
 * which subjects each source estimates, the largest figure of each, the earliest year, the
 * article's sources and places, and how the sheet spells the subjects its other scenarios count.
 */
record CountContext(Document document, List<SubjectProfile> profiles, Map<String, Set<String>> subjectsBySource,
                    Map<String, Long> largest, int firstYear, SourceFinder sources, double tolerance, CountPlace places,
                    Set<String> otherSubjectsSpelled) {

    static CountContext of(Document document, Facts facts) {
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
        List<Name> sourceNames = new ArrayList<>();
        Set<String> otherSubjects = new HashSet<>();
        for (Name n : facts.names()) {
            if (!profiles.containsKey(n.name()) && facts.subjectsOnly().contains(n.name())) {
                n.spellings().forEach(sp -> otherSubjects.add(Words.lower(Folded.of(sp).text())));
                continue; // counted in another scenario of the sheet: neither this one's subject nor a source
            }
            // a place is a source only when the sheet has its estimates (FACT-SHEETS.md 1.1); otherwise it locates
            if (!profiles.containsKey(n.name()) && (facts.place(n.name()).isEmpty() || subjectsBySource.containsKey(n.name()))) {
                sources.add(n.name(), n.spellings());
                sourceNames.add(n);
            }
        }
        List<Mention> named = sources.find(document.text());
        List<Mention> titled = TitleNouns.find(document, facts, sources, named);
        return new CountContext(document, new ArrayList<>(profiles.values()), subjectsBySource, largest, firstYear,
            new SourceFinder(document, named, sourceNames, titled, PersonalSources.of(facts, sourceNames, titled),
                subjectsBySource::containsKey), facts.policy().aboutTolerance(),
            CountPlace.of(document, facts), Set.copyOf(otherSubjects));
    }

    /**
     * Whether the count noun ending at word {@code noun} (with the word before it: "death toll") is how
     * the sheet spells a subject another of its scenarios counts: the figure is that subject's.
     */
    boolean anotherSubjectsNoun(CountSentence s, int noun) {
        if (otherSubjectsSpelled.isEmpty() || noun < 0) {
            return false;
        }
        String one = s.word(noun).lower();
        return otherSubjectsSpelled.contains(one) || noun > 0 && otherSubjectsSpelled.contains(s.word(noun - 1).lower() + " " + one);
    }

    /** Whether a word (or two) heads what one of the subjects counts ("troops", "dock workers"). */
    boolean anyHead(String w) {
        for (SubjectProfile p : profiles) {
            if (p.heads().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is part of a subject's name ("North", "Korean's"). */
    boolean isKeywordWord(String w) {
        for (SubjectProfile p : profiles) {
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

    /** Whether a word of the sentence is in a mention of one of the sheet's sources or places ("Ostland", "the agency"). */
    boolean namesOnSheet(Span sentence, Span word) {
        return sources.names(sentence, word) || places.names(sentence, word);
    }

    /** Whether a word of the sentence is in a mention of one of the sheet's sources ("Brenmark", "the agency"). */
    boolean namesSource(Span sentence, Span word) {
        return sources.names(sentence, word);
    }

    SubjectProfile profile(String subject) {
        return profiles.stream().filter(p -> p.subject().equals(subject)).findFirst().orElse(null);
    }

    /** Whether a source estimates a subject on the sheet. */
    boolean estimates(String source, String subject) {
        return source != null && subjectsBySource.getOrDefault(source, Set.of()).contains(subject);
    }

    /** A stretch of the article folded and lower-cased, as subject names are matched. */
    String folded(int start, int end) {
        return Words.lower(Folded.of(document.text().substring(start, end)).text());
    }
}
