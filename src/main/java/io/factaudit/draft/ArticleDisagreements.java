package io.factaudit.draft;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.TitleClaim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the articles of an audit disagree with each other, whatever the sheet says: the same
 * comparisons a draft makes, over the claims the audit read (counts dated by their article, the
 * titles given each person, the days given each event).
 */
public final class ArticleDisagreements {

    private ArticleDisagreements() {
    }

    public static List<Disagreement> in(List<ArticleAudit> audits) {
        List<EstimateDrafter.CountSighting> counts = new ArrayList<>();
        Map<String, Map<String, List<Citation>>> titles = new LinkedHashMap<>();
        Map<String, Map<LocalDate, List<Citation>>> events = new LinkedHashMap<>();
        for (ArticleAudit audit : audits) {
            for (Claim claim : audit.claims()) {
                Sighting s = new Sighting(audit.article(), null, claim);
                if (claim instanceof CountClaim c && c.source() != null && c.sourceOnSheet()) {
                    counts.add(new EstimateDrafter.CountSighting(s, c, audit.article().published(), false));
                } else if (claim instanceof TitleClaim t && !t.title().isBlank()) {
                    titles.computeIfAbsent(t.person(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.title().strip(), k -> new ArrayList<>()).add(s.citation());
                } else if (claim instanceof EventDateClaim e && e.from() != null && e.from().equals(e.to())) {
                    events.computeIfAbsent(e.event(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(e.from(), k -> new ArrayList<>()).add(s.citation());
                }
            }
        }
        List<Disagreement> found = new ArrayList<>(CountDisagreements.among(counts));
        titles.forEach((person, byTitle) -> TitleVersions.of(byTitle, ArticleDisagreements::sameWords)
            .disagreement(person).ifPresent(found::add));
        events.forEach((event, byDay) -> EventDays.of(event, byDay).disagreement().ifPresent(found::add));
        return found;
    }

    /**
     * A title is one of those kept when its words hold all of one of theirs, or theirs all of its
     * ("US Secretary of Defense" and "Secretary of Defense", "Turkish President" and "President").
     */
    static boolean sameWords(List<String> kept, String title) {
        Set<String> words = words(title);
        return kept.stream().map(ArticleDisagreements::words).anyMatch(k -> words.containsAll(k) || k.containsAll(words));
    }

    private static Set<String> words(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() > 2)
            .collect(Collectors.toSet());
    }
}
