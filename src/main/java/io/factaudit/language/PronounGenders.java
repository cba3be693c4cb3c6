package io.factaudit.language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of "he" and "she" a text uses for each person it names, from its own words: a courtesy
 * title before the name ("Ms. Lee", "Mr. Park") or a pronoun subject right after the name's verb
 * of saying ("Park said he would stay", "Lee told reporters that she"). A person the text gives both
 * or neither has no known pronoun, and any pronoun may stand for them.
 */
final class PronounGenders {

    private static final Pattern COURTESY_BEFORE = Pattern.compile("\\b(Mr|Ms|Mrs|Miss)\\.?\\s+$");
    /** "said he", "told reporters that she", "said on Monday she": the name's verb of saying and the pronoun it reports. */
    private static final Pattern SAID_PRONOUN = Pattern.compile(
        "^\\s+(\\p{L}+)(?:\\s+(?:reporters|journalists|the\\s+\\p{L}+|on\\s+\\p{L}+))?(?:\\s+that)?\\s+(he|she)\\b");

    private final Map<String, String> pronoun = new HashMap<>();

    PronounGenders(String text, List<PersonMention> mentions) {
        Map<String, String> seen = new HashMap<>();
        for (PersonMention m : mentions) {
            cue(text, m).ifPresent(p -> seen.merge(m.person(), p, (a, b) -> a.equals(b) ? a : "")); // both: unknown
        }
        seen.forEach((person, p) -> {
            if (!p.isEmpty()) {
                pronoun.put(person, p);
            }
        });
    }

    private static Optional<String> cue(String text, PersonMention m) {
        Matcher courtesy = COURTESY_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 6), m.span().start()));
        if (courtesy.find()) {
            return Optional.of(courtesy.group(1).equals("Mr") ? "he" : "she");
        }
        int end = m.span().end();
        Matcher said = SAID_PRONOUN.matcher(text.substring(end, Math.min(text.length(), end + 50)));
        if (said.find() && SpeechVerbs.isVerb(said.group(1))) {
            return Optional.of(said.group(2).toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** Whether a pronoun ("he", "she") may stand for a person: the text gives them no other. */
    boolean agrees(String person, String pronounWord) {
        String known = pronoun.get(person);
        return known == null || known.equals(pronounWord.toLowerCase(Locale.ROOT));
    }
}
