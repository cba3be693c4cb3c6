package io.factaudit.draft;

import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.QuoteMatch;
import io.factaudit.language.Document;
import io.factaudit.language.Quotation;
import io.factaudit.language.Quotations;
import io.factaudit.language.QuotedWords;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.KnownQuote;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Drafts the quotes: every quotation of the corpus long enough to be a quote is grouped with the
 * quotations close to it (the quote reader's own measure of closeness), then the quote reader reads
 * each group's renderings with who the articles say spoke them. A group becomes a quote in the
 * words most of its renderings agree with, said by the speaker most of them name; renderings that
 * change words inside, or name another speaker, are where the articles disagree.
 */
final class QuoteDrafter {

    /** Shorter quotations are phrases ("legitimate targets"), not quotes to keep. */
    private static final int MIN_WORDS = 6;
    /** The speaker of a quote read only to find its renderings: a word no article holds. */
    private static final String NOBODY = "Speakerunknown";

    private final DraftCorpus corpus;
    private final List<Name> names;
    private final Policy policy;

    QuoteDrafter(DraftCorpus corpus, List<Name> names, Policy policy) {
        this.corpus = corpus;
        this.names = names;
        this.policy = policy;
    }

    /** The drafted quotes and where their renderings disagree. */
    Result draft() {
        List<KnownQuote> groups = groups();
        Facts facts = facts(groups);
        Map<KnownQuote, List<Rendering>> byGroup = new LinkedHashMap<>();
        for (Sighting s : corpus.claims(facts)) {
            if (s.claim() instanceof QuoteClaim q) {
                QuoteMatch.best(q.words(), facts).ifPresent(m -> byGroup.computeIfAbsent(m.quote(), k -> new ArrayList<>())
                    .add(new Rendering(s, q)));
            }
        }
        List<DraftQuote> quotes = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        byGroup.values().stream().filter(renderings -> renderings.stream().anyMatch(Rendering::named))
            .forEach(renderings -> draft(renderings, quotes, disagreements));
        quotes.sort(Comparator.comparing(DraftQuote::date).thenComparing(DraftQuote::speaker));
        return new Result(quotes, disagreements);
    }

    record Result(List<DraftQuote> quotes, List<Disagreement> disagreements) {
    }

    /** A quotation close to a quote; one whose speaker no article names still renders the quote's words. */
    private record Rendering(Sighting sighting, QuoteClaim claim) {

        boolean named() {
            return claim.speaker() != null && !claim.speaker().equals(NOBODY);
        }
    }

    private void draft(List<Rendering> renderings, List<DraftQuote> quotes, List<Disagreement> disagreements) {
        String words = agreedWords(renderings).replaceAll("[,;:]+$", "").strip();
        String speaker = onSheet(mostNamed(renderings));
        Facts one = facts(List.of(new KnownQuote(speaker, LocalDate.MIN, words, DraftingFacts.drafted())));
        List<Citation> agree = new ArrayList<>();
        Map<String, List<Citation>> altered = new LinkedHashMap<>();
        Map<String, List<Citation>> otherSpeakers = new LinkedHashMap<>();
        for (Rendering r : renderings) {
            Citation at = r.sighting().citation();
            Optional<QuoteMatch> m = QuoteMatch.best(r.claim().words(), one);
            if (m.isPresent() && m.get().altered()) {
                altered.computeIfAbsent("\"" + r.claim().words() + "\"", k -> new ArrayList<>()).add(at);
            } else {
                agree.add(at);
            }
            if (r.named() && !speaker.equals(onSheet(canonical(r.claim().speaker(), renderings)))) {
                otherSpeakers.computeIfAbsent("said by " + r.claim().speaker(), k -> new ArrayList<>()).add(at);
            }
        }
        LocalDate date = renderings.stream().map(r -> r.sighting().published()).filter(Objects::nonNull)
            .min(LocalDate::compareTo).orElse(null);
        if (date == null || agree.isEmpty()) {
            return;
        }
        List<Citation> all = renderings.stream().map(r -> r.sighting().citation()).toList();
        quotes.add(new DraftQuote(speaker, date, words, all));
        String fact = speaker + ": \"" + words + "\"";
        if (!altered.isEmpty()) {
            List<Disagreement.Side> sides = new ArrayList<>();
            sides.add(new Disagreement.Side("as most articles render it", agree));
            altered.forEach((w, at) -> sides.add(new Disagreement.Side("rendered " + w, at)));
            disagreements.add(new Disagreement("quote", fact, sides));
        }
        if (!otherSpeakers.isEmpty()) {
            List<Disagreement.Side> sides = new ArrayList<>();
            sides.add(new Disagreement.Side("said by " + speaker, all.stream().filter(c -> otherSpeakers.values().stream()
                .noneMatch(l -> l.contains(c))).toList()));
            otherSpeakers.forEach((who, at) -> sides.add(new Disagreement.Side(who, at)));
            disagreements.add(new Disagreement("quote", fact + " (who said it)", sides));
        }
    }

    /** The rendering the most others quote without changing a word (fragments agree); the longest on a tie. */
    private String agreedWords(List<Rendering> renderings) {
        String best = null;
        int bestAgreeing = -1;
        for (String candidate : renderings.stream().map(r -> r.claim().words()).distinct().toList()) {
            if (candidate.contains(QuotedWords.CUT.strip())) {
                continue;
            }
            Facts one = facts(List.of(new KnownQuote(NOBODY, LocalDate.MIN, candidate, DraftingFacts.drafted())));
            int agreeing = (int) renderings.stream().filter(r -> QuoteMatch.best(r.claim().words(), one)
                .map(m -> !m.altered()).orElse(false)).count();
            if (agreeing > bestAgreeing || agreeing == bestAgreeing && candidate.length() > best.length()) {
                best = candidate;
                bestAgreeing = agreeing;
            }
        }
        return best != null ? best : renderings.get(0).claim().words();
    }

    /** The speaker most renderings name, by the fullest way any of them writes that person. */
    private static String mostNamed(List<Rendering> renderings) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        renderings.stream().filter(Rendering::named)
            .forEach(r -> votes.merge(canonical(r.claim().speaker(), renderings), 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The sheet's spelling of a speaker it names ("Erdogan" is "Erdoğan"), else the articles'. */
    private String onSheet(String speaker) {
        String folded = folded(speaker);
        return names.stream().filter(n -> folded(n.name()).equals(folded) || n.aliases().stream().anyMatch(a -> folded(a)
            .equals(folded)) && folded(n.name()).endsWith(folded.substring(folded.lastIndexOf(' ') + 1)))
            .map(Name::name).findFirst().orElse(speaker);
    }

    private static String folded(String text) {
        return io.factaudit.language.Folded.of(text).text().toLowerCase(java.util.Locale.ROOT);
    }

    /** "Austin" is "Lloyd Austin" when another rendering writes the full name. */
    private static String canonical(String speaker, List<Rendering> renderings) {
        return renderings.stream().filter(Rendering::named).map(r -> r.claim().speaker())
            .filter(s -> s.length() > speaker.length() && (s.endsWith(" " + speaker) || s.startsWith(speaker + " ")))
            .max(Comparator.comparingInt(String::length)).orElse(speaker);
    }

    /** Every quotation of the corpus, grouped with those close to it; each group stands as its longest rendering. */
    private List<KnownQuote> groups() {
        List<String> quotations = new ArrayList<>();
        for (Document d : corpus.documents()) {
            for (Quotation q : Quotations.in(d.text(), d.paragraphs())) {
                String words = q.words(d.text());
                if (QuotedWords.of(words).size() >= MIN_WORDS) {
                    quotations.add(words);
                }
            }
        }
        quotations.sort(Comparator.comparingInt((String w) -> -QuotedWords.of(w).size()).thenComparing(w -> w));
        List<KnownQuote> groups = new ArrayList<>();
        for (String words : quotations) {
            if (groups.isEmpty() || QuoteMatch.best(words, facts(groups)).isEmpty()) {
                groups.add(new KnownQuote(NOBODY, LocalDate.MIN, words, DraftingFacts.drafted()));
            }
        }
        return groups;
    }

    private Facts facts(List<KnownQuote> quotes) {
        return DraftingFacts.forQuotes(names, List.of(), quotes, policy);
    }
}
