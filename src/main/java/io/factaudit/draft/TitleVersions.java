package io.factaudit.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The titles articles give one person, told apart: the title of the office most articles give
 * (counting the office's other ways of writing it), the titles two or more articles give, those that are the same office written otherwise, and those an article giving
 * one of them (not a rank alone: "Col.") gives too (an article does not disagree with itself) are the person's; another title
 * one article alone gives is where the articles disagree.
 *
 * @param kept  the person's titles, most given first
 * @param other titles one article alone gives, of another office
 */
record TitleVersions(List<String> kept, List<String> other, Map<String, List<Citation>> byTitle) {

    /** @param sameOffice whether a title is one of the titles kept so far, written otherwise */
    static TitleVersions of(Map<String, List<Citation>> byTitle, BiPredicate<List<String>, String> sameOffice) {
        Map<String, Integer> support = new java.util.HashMap<>();
        for (String t : byTitle.keySet()) {
            Set<String> paths = new HashSet<>();
            byTitle.forEach((u, at) -> {
                if (u.equals(t) || sameOffice.test(List.of(t), u) || sameOffice.test(List.of(u), t)) {
                    at.forEach(c -> paths.add(c.path()));
                }
            });
            support.put(t, paths.size());
        }
        List<String> ranked = byTitle.keySet().stream().sorted(Comparator.comparingInt((String t) -> -support.get(t))
            .thenComparingInt(t -> -articles(byTitle.get(t)))
            .thenComparing(t -> byTitle.get(t).stream().sorted().findFirst().orElseThrow())).toList();
        List<String> kept = new ArrayList<>(List.of(ranked.get(0)));
        List<String> other = new ArrayList<>();
        for (String title : ranked.subList(1, ranked.size())) {
            Set<String> keptIn = new HashSet<>();
            kept.stream().filter(t -> !rankOnly(t)).forEach(t -> byTitle.get(t).forEach(c -> keptIn.add(c.path())));
            boolean sameArticle = byTitle.get(title).stream().allMatch(c -> keptIn.contains(c.path()));
            if (articles(byTitle.get(title)) >= 2 || sameArticle || sameOffice.test(kept, title)) {
                kept.add(title);
            } else {
                other.add(title);
            }
        }
        return new TitleVersions(kept, other, byTitle);
    }

    /** Every line giving one of the person's titles. */
    List<Citation> keptAt() {
        List<Citation> at = new ArrayList<>();
        kept.forEach(t -> at.addAll(byTitle.get(t)));
        return at.stream().distinct().toList();
    }

    /** The disagreement, when one article gives another office. */
    Optional<Disagreement> disagreement(String person) {
        if (other.isEmpty()) {
            return Optional.empty();
        }
        List<Disagreement.Side> sides = new ArrayList<>();
        sides.add(new Disagreement.Side(cell(kept), keptAt()));
        other.forEach(t -> sides.add(new Disagreement.Side(t, byTitle.get(t).stream().distinct().toList())));
        return Optional.of(new Disagreement("title", person + "'s title", sides));
    }

    /** The titles as a sheet cell: titles an article wrote together ("Coast Guard chief, Capt.") apart, each once. */
    static String cell(List<String> titles) {
        Map<String, String> once = new java.util.LinkedHashMap<>();
        titles.stream().flatMap(t -> java.util.Arrays.stream(t.split(","))).map(String::strip).filter(t -> !t.isEmpty())
            .forEach(t -> once.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), t));
        return String.join(", ", once.values());
    }

    /** "Col.", "Lt. Gen.": a rank written short says nothing of the office beside it. */
    private static boolean rankOnly(String title) {
        return java.util.Arrays.stream(title.strip().split("\\s+")).allMatch(w -> w.endsWith("."));
    }

    private static int articles(List<Citation> citations) {
        return (int) citations.stream().map(Citation::path).distinct().count();
    }
}
