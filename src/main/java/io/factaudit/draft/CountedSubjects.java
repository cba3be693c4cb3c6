package io.factaudit.draft;

import io.factaudit.claim.CountClaim;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Place;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of a sheet's names are counted. Each name is first tried as the one subject, the others as
 * its sources: the most counted name is a subject. Each other name, most counted first, is then
 * tried beside the subjects found so far, so the count reader tells them apart by their words; it
 * is a subject too when it keeps enough figures of its own (a source quoted with a number, or a
 * second name for the same thing, keeps few). Only figures whose words name the subject, by one of
 * its spellings or a word only its spellings use, count here ("the toll in Syria at 6,000", "4,800
 * jobs" for "cut jobs"): a bare "3,703 deaths" says nothing of which name is counted.
 */
final class CountedSubjects {

    /** A subject has at least this many figures ... */
    private static final int MIN_FIGURES = 2;
    /** ... and at least this share of the most counted subject's, read side by side. */
    private static final double MIN_SHARE = 0.2;

    private final DraftCorpus corpus;
    private final List<Name> names;
    private final LocalDate first;
    private final Policy policy;
    private final List<Place> places;

    private CountedSubjects(DraftCorpus corpus, List<Name> names, LocalDate first, Policy policy, List<Place> places) {
        this.corpus = corpus;
        this.names = names;
        this.first = first;
        this.policy = policy;
        this.places = places;
    }

    /** The counted subjects among the names; a place of the sheet is where counts are, never one. */
    static List<String> among(DraftCorpus corpus, List<Name> names, LocalDate first, Policy policy, List<Place> places) {
        return new CountedSubjects(corpus, names, first, policy, places).find();
    }

    private boolean isPlace(String name) {
        return places.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
    }

    private List<String> find() {
        Map<String, Integer> alone = new LinkedHashMap<>();
        for (Name candidate : names.stream().filter(n -> !isPlace(n.name())).toList()) {
            alone.put(candidate.name(), figures(List.of(candidate.name())).getOrDefault(candidate.name(), 0));
        }
        List<String> ranked = alone.entrySet().stream().filter(e -> e.getValue() >= MIN_FIGURES)
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        List<String> subjects = new ArrayList<>();
        for (String candidate : ranked) {
            if (subjects.isEmpty()) {
                subjects.add(candidate);
                continue;
            }
            List<String> together = new ArrayList<>(subjects);
            together.add(candidate);
            Map<String, Integer> read = figures(together);
            int most = subjects.stream().mapToInt(s -> read.getOrDefault(s, 0)).max().orElse(0);
            int own = read.getOrDefault(candidate, 0);
            if (own >= MIN_FIGURES && own >= MIN_SHARE * most) {
                subjects.add(candidate);
            }
        }
        return names.stream().map(Name::name).filter(subjects::contains).toList();
    }

    private boolean namesItsSubject(CountClaim claim) {
        String words = folded(claim.text());
        if (names.stream().filter(n -> n.name().equals(claim.subject())).flatMap(n -> n.spellings().stream())
            .anyMatch(spelling -> words.contains(folded(spelling)))) {
            return true;
        }
        return SubjectWords.of(names, claim.subject()).named(claim.text());
    }

    private static String folded(String text) {
        return io.factaudit.language.Folded.of(text).text().toLowerCase(java.util.Locale.ROOT);
    }

    /** How many figures the count reader gives each of these subjects, every other name a possible source. */
    private Map<String, Integer> figures(List<String> subjects) {
        Set<String> sources = names.stream().map(Name::name).filter(n -> !subjects.contains(n) && !isPlace(n))
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        subjects.forEach(s -> rows.put(s, sources.isEmpty() ? Set.of(s) : sources));
        Map<String, Integer> count = new LinkedHashMap<>();
        corpus.claims(DraftingFacts.forCounts(names, rows, first, policy, places)).stream()
            .filter(s -> s.claim() instanceof CountClaim c && namesItsSubject(c))
            .forEach(s -> count.merge(((CountClaim) s.claim()).subject(), 1, Integer::sum));
        return count;
    }
}
