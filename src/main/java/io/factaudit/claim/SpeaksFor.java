package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The source a person speaks for, when the sheet names the person but gives them no estimates: the
 * article ties them to a source that has estimates, where it first names them or anywhere else, by a
 * person noun in apposition ("Ada Varg, a spokeswoman for the Harbour Agency"; "Ada Varg, who speaks
 * for the agency"), by a preposition right after it ("Ada Varg of the Harbour Agency") or before the name
 * ("Harbour Agency spokeswoman Ada Varg", "the agency's Ada Varg").
 * "Varg said 40 ..." then gives the agency's figure.
 */
final class SpeaksFor {

    /** Words that tie a person noun to the body it serves: "a spokesman for", "the head of", "an official at". */
    static final Set<String> TIES = Set.of("for", "of", "at", "with", "from");
    /** How many words an apposition may run before the body it names. */
    private static final int APPOSITION_REACH = 10;
    /** How many words may stand between a body and the name it introduces ("Harbour Agency chief spokeswoman Ada Varg"). */
    private static final int TITLE_REACH = 3;

    /** How many words may name the one who speaks for a source, between the verb of saying and the source. */
    private static final int SPEAKER_REACH = 6;

    /**
     * "..., said a spokesman for X", "..., said Ada Varg, an official at X", "..., said Ada Varg, who speaks
     * for X": the source tied by a person noun to the one a verb of saying before it names as speaker.
     */
    static boolean said(List<Words.Word> words, int mi) {
        int tie = mi >= 2 && words.get(mi - 1).is("the") ? mi - 2 : mi - 1;
        if (tie < 1 || !TIES.contains(words.get(tie).lower())) {
            return false;
        }
        boolean speaker = false;
        int j = tie - 1;
        while (j >= 0 && tie - j <= SPEAKER_REACH && !words.get(j).punctuation() && !words.get(j).capitalized()
            && (speakerWord(words.get(j)) || !VerbsOfSaying.contains(words.get(j).lower()))) {
            speaker |= speakerWord(words.get(j));
            j--;
        }
        if (!speaker || j < 0) {
            return false;
        }
        if (words.get(j).is(",")) { // "said Ada Varg, a spokeswoman for X": past the name in apposition
            int name = j - 1;
            while (name >= 0 && j - name <= 4 && words.get(name).capitalized()) {
                name--;
            }
            if (name == j - 1 || name < 0) {
                return false;
            }
            j = name;
        }
        return AttributionCues.saidBy(words.get(j)) && !words.get(j).is("by") && !AttributionCues.addressee(words, j);
    }

    private final Document document;
    /** Each name's mentions, in order: a figure asks for its speaker's, and an article names many. */
    private final Map<String, List<Mention>> byName;
    private final MentionsByOffset byOffset;
    private final Predicate<String> estimating;
    /** The body each person mention speaks for (empty: none), found once: a figure asks again for every mention of the name. */
    private final Map<Mention, Optional<String>> bodies = new ConcurrentHashMap<>();

    /**
     * @param mentions   every mention of the sheet's sources in the article, in order
     * @param estimating whether a source has estimates on the sheet
     */
    SpeaksFor(Document document, List<Mention> mentions, MentionsByOffset byOffset, Predicate<String> estimating) {
        this.document = document;
        this.byName = mentions.stream().collect(Collectors.groupingBy(Mention::name));
        this.byOffset = byOffset;
        this.estimating = estimating;
    }

    /** The source a mention's figure is, as a name: the body the person speaks for, or the name itself. */
    String sourceOf(Mention person) {
        if (estimating.test(person.name())) {
            return person.name();
        }
        List<Mention> same = new ArrayList<>(byName.getOrDefault(person.name(), List.of()));
        // where this mention stands first, then the ones before it, nearest first, then the ones after
        same.sort(Comparator.comparingInt((Mention m) -> m.equals(person) ? 0 : m.span().start() < person.span().start() ? 1 : 2)
            .thenComparingInt(m -> Math.abs(m.span().start() - person.span().start())));
        for (Mention m : same) {
            Optional<String> body = bodies.computeIfAbsent(m, k -> Optional.ofNullable(bodyOf(k)));
            if (body.isPresent()) {
                return body.get();
            }
        }
        return person.name();
    }

    private String bodyOf(Mention person) {
        Span sentence = document.sentenceOf(person.span().start());
        List<Words.Word> words = Words.of(document, sentence);
        int pi = Words.indexAt(words, person.span().start());
        int pEnd = Words.indexAt(words, person.span().end());
        for (Mention body : byOffset.within(sentence)) {
            if (body.equals(person) || !estimating.test(body.name())) {
                continue;
            }
            int bi = Words.indexAt(words, body.span().start());
            int bEnd = Words.indexAt(words, body.span().end());
            if (bi >= pEnd && (inApposition(words, pEnd, body, bi) || tiedAfter(words, pEnd, bi))
                || bEnd <= pi && introduces(words, bEnd, pi)) {
                return body.name();
            }
        }
        return null;
    }

    /**
     * ", a spokeswoman for [the] BODY", ", who speaks for BODY", ", the BODY's spokeswoman", ", a BODY official": an
     * apposition with a person noun (or "speaks") tied to the body by a preposition before it or standing after it.
     */
    private boolean inApposition(List<Words.Word> words, int pEnd, Mention body, int bi) {
        if (pEnd >= words.size() || !words.get(pEnd).is(",") || bi - pEnd > APPOSITION_REACH) {
            return false;
        }
        for (int i = pEnd + 1; i < bi; i++) {
            if (words.get(i).punctuation()) {
                return false;
            }
        }
        int tie = bi - 1 >= 0 && words.get(bi - 1).is("the") ? bi - 2 : bi - 1;
        if (tie > pEnd && TIES.contains(words.get(tie).lower())) {
            for (int i = pEnd + 1; i < tie; i++) {
                if (speakerWord(words.get(i))) {
                    return true;
                }
            }
            return false;
        }
        int bEnd = Words.indexAt(words, body.span().end());
        for (int i = bEnd; i < Math.min(words.size(), bEnd + 2); i++) {
            if (words.get(i).punctuation()) {
                return false;
            }
            if (speakerWord(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Ada Varg of the Harbour Agency", "Ada Varg at the agency": the body tied to the name right after it. */
    private static boolean tiedAfter(List<Words.Word> words, int pEnd, int bi) {
        if (pEnd >= words.size() || !TIES.contains(words.get(pEnd).lower())) {
            return false;
        }
        return bi == pEnd + 1 || bi == pEnd + 2 && words.get(pEnd + 1).is("the");
    }

    /** A person noun ("spokeswoman", "official", "director") or "speaks", that makes a noun group one who speaks for a body. */
    static boolean speakerWord(Words.Word w) {
        return !w.capitalized() && (Persons.isPerson(w.lower()) || w.is("speaks", "spoke", "speak"));
    }

    /** "BODY spokeswoman Ada Varg", "the BODY's Ada Varg": the body just before the name, with only person nouns between. */
    private static boolean introduces(List<Words.Word> words, int bEnd, int pi) {
        if (pi - bEnd > TITLE_REACH) {
            return false;
        }
        if (bEnd == pi) {
            Words.Word last = words.get(bEnd - 1);
            return last.lower().endsWith("'s") || last.lower().endsWith("s'");
        }
        boolean person = false;
        for (int i = bEnd; i < pi; i++) {
            Words.Word w = words.get(i);
            if (w.punctuation()) {
                return false;
            }
            person |= Persons.isPerson(w.lower());
        }
        return person;
    }
}
