package io.factaudit.language;

import io.factaudit.article.Span;
import io.factaudit.lexicon.QuestionVerbs;
import io.factaudit.lexicon.TitleAbbreviations;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a stand-in for a person ("he", "she", "the secretary") refers to: the speaker of the
 * passage, that is the last person named before it as the subject of a sentence, never an owner
 * ("Park's testimony"), the object of a verb or preposition ("Lee met Park") nor a person only
 * mentioned in what someone else said ("Lee said she looked forward to Park's testimony. '…,'
 * she said" is Lee's); a pronoun that answers ("he replied") after the speaker asked someone is the one asked.
 */
final class PassageSpeaker {

    /** Pronouns and titles with "the" that stand for the last person named. */
    static final Pattern STAND_INS = Pattern.compile(
        "\\b(?:[Hh]e|[Ss]he|[Tt]he (?:" + "secretary|minister|president|spokesman|spokeswoman|spokesperson|chief|"
            + "head|director|leader|general|ambassador|envoy|commander|chairman|chairwoman|adviser|advisor|official|"
            + "premier|chancellor|governor|mayor|diplomat|coordinator" + "))\\b");
    /** Abbreviations in names other than titles' ({@link TitleAbbreviations}): "St.", "Jr.", "Sr.". */
    private static final Set<String> NAME_ABBREVIATIONS = Set.of("st", "jr", "sr");

    private final String text;
    private final MentionIndex mentions;
    private final java.util.function.BiPredicate<String, String> holds;
    /** The stand-ins of this text: the pronouns and titles above, and "the" with the head of a sheet title ("the commissioner"). */
    private final Pattern standIns;
    private PronounGenders genders;

    /**
     * @param holds whether the sheet gives a person a title headed by a noun
     * @param heads the heads of the sheet's titles ("commissioner"), stand-ins after "the"
     */
    PassageSpeaker(String text, MentionIndex mentions, java.util.function.BiPredicate<String, String> holds,
                   java.util.Collection<String> heads) {
        this.text = text;
        this.mentions = mentions;
        this.holds = holds;
        List<String> nouns = heads.stream().filter(h -> h.chars().allMatch(Character::isLetter)).map(Pattern::quote).toList();
        this.standIns = nouns.isEmpty() ? STAND_INS
            : Pattern.compile(STAND_INS.pattern() + "|\\b[Tt]he (?:" + String.join("|", nouns) + ")\\b");
    }

    /** The person a stand-in at a place refers to, as a mention at the stand-in. */
    Optional<PersonMention> of(Span standIn) {
        // "Park said he would stay. '…,' she said": a person the text calls "he" is not "she"
        String word = text.substring(standIn.start(), standIn.end());
        java.util.function.Predicate<PersonMention> agrees = isPronoun(standIn) ? m -> genders().agrees(m.person(), word) : m -> true;
        if (!isPronoun(standIn)) {
            // "Verrin met Marrow. '…,' the minister said": the last person named whom the sheet makes a minister
            String noun = word.substring(word.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            Optional<PersonMention> holder = mentions.lastBefore(standIn.start(), m -> holds.test(m.person(), noun));
            if (holder.isPresent()) {
                return Optional.of(new PersonMention(standIn, holder.get().person()));
            }
        }
        Optional<PersonMention> named = mentions.lastBefore(standIn.start(),
            m -> !possessive(m.span()) && !insideReportedSpeech(m.span()) && agrees.test(m));
        if (named.isEmpty()) {
            return named;
        }
        // "Lee met Park on Monday. '…,' she said": the object of a verb is not the passage's speaker,
        // when a subject is named in the same sentence before it (a title, "the minister", may be Park's)
        PersonMention last = named.get();
        if (isPronoun(standIn) && !AttributionWords.isSubject(text, last.span())) {
            int sentence = sentenceStartBefore(last.span().start());
            Optional<PersonMention> subject = mentions.lastBefore(last.span().start(),
                m -> m.span().start() >= sentence && AttributionWords.isSubject(text, m.span()) && agrees.test(m));
            if (subject.isPresent()) {
                last = subject.get();
            }
        }
        if (isPronoun(standIn) && QuestionVerbs.answers(wordAfter(standIn.end()))) {
            last = askedBy(last, agrees).orElse(last);
        }
        return Optional.of(new PersonMention(standIn, last.person()));
    }

    /**
     * "Lee asked Park about the levy. '…,' he replied": the one who answers is the one asked, the first
     * person named after a verb of asking that follows the asker in the asker's sentence.
     */
    private Optional<PersonMention> askedBy(PersonMention asker, java.util.function.Predicate<PersonMention> agrees) {
        int at = asker.span().end();
        String verb = wordAfter(at);
        if (!QuestionVerbs.asks(verb)) {
            return Optional.empty();
        }
        int verbEnd = text.indexOf(verb, at) + verb.length();
        return mentions.within(new Span(verbEnd, Math.min(text.length(), verbEnd + ASKED_WITHIN))).stream()
            .filter(m -> AttributionWords.onlyTitleWords(text, verbEnd, m.span().start()) && agrees.test(m)).findFirst();
    }

    /** How far after a verb of asking the one asked is named ("asked the county treasurer, Ada Renwick,"). */
    private static final int ASKED_WITHIN = 60;

    /** The word after a place, past spaces: "replied" of "he replied". */
    private String wordAfter(int at) {
        int from = at;
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    private PronounGenders genders() {
        if (genders == null) {
            genders = new PronounGenders(text, mentions.all());
        }
        return genders;
    }

    private boolean isPronoun(Span standIn) {
        return !text.regionMatches(true, standIn.start(), "the ", 0, 4);
    }

    /** "Park's testimony": an owner is not who speaks next. */
    boolean possessive(Span name) {
        int end = name.end();
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
            && (text.charAt(end + 1) == 's' || Character.isWhitespace(text.charAt(end + 1)));
    }

    /**
     * "Lee said she looked forward to Park's testimony": a name after the speech verb of an
     * attribution whose subject stands before the verb is only mentioned in what was said; the
     * passage's speaker is still the attribution's subject.
     */
    private boolean insideReportedSpeech(Span name) {
        int from = sentenceStartBefore(name.start());
        String before = text.substring(from, name.start());
        for (Span verb : SpeechVerbs.find(before)) {
            if (SpeechVerbs.speakerFollows(before, verb)) {
                continue;
            }
            int verbAt = from + verb.start();
            int verbEnd = from + verb.end();
            boolean subjectBefore = mentions.anyWithin(new Span(from, verbAt), m -> true)
                || standIns.matcher(text).region(from, verbAt).find();
            if (subjectBefore && !AttributionWords.onlyTitleWords(text, verbEnd, name.start())) {
                return true;
            }
        }
        return false;
    }

    /** Where the sentence holding a place starts: after the last stop, line end or quote mark before it. */
    private int sentenceStartBefore(int at) {
        int i = at;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '\r' || c == '"' || c == '\u201c' || c == '\u201d'
                || (c == '.' || c == '!' || c == '?') && i < text.length() && Character.isWhitespace(text.charAt(i))
                && !(c == '.' && abbreviationBefore(text, i - 1))) {
                return i;
            }
            i--;
        }
        return 0;
    }

    /** The period at this place ends an abbreviation ("Gen.", "Jr.", an initial), not a sentence. */
    static boolean abbreviationBefore(String text, int period) {
        int i = period;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        String word = text.substring(i, period).toLowerCase(Locale.ROOT);
        return word.length() == 1 || TitleAbbreviations.contains(word) || NAME_ABBREVIATIONS.contains(word);
    }

    /** Stand-ins within a window of the text. */
    Matcher standIns(Span window) {
        return standIns.matcher(text).region(window.start(), window.end());
    }
}
