package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.PersonMention;
import io.factaudit.language.ProperNames;
import io.factaudit.language.SpeechVerbs;
import java.util.ArrayList;
import java.util.List;

/**
 * Every person an article names, in order: the known people by any of their spellings, any other
 * full name of a person, and a single name word that repeats the first or last word of a person
 * named before ("Griffiths" after "Martin Griffiths", "Yoon" after "Yoon Suk Yeol").
 */
final class PersonMentions {

    private PersonMentions() {
    }

    static List<PersonMention> in(Document document, KnownPeople known) {
        String text = document.text();
        List<PersonMention> found = new ArrayList<>();
        for (Mention m : known.find(text)) {
            found.add(new PersonMention(m.span(), m.name()));
        }
        List<NameTokens> paragraphs = document.paragraphs().stream().map(p -> NameTokens.of(text, p)).toList();
        for (NameTokens tokens : paragraphs) {
            for (Span name : ProperNames.in(tokens)) {
                if (found.stream().noneMatch(m -> m.span().overlaps(name))) {
                    found.add(new PersonMention(name, text.substring(name.start(), name.end())));
                }
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        List<PersonMention> words = new ArrayList<>();
        for (NameTokens tokens : paragraphs) {
            for (NameToken token : tokens.tokens()) {
                if (ProperNames.isNameWord(token) && found.stream().noneMatch(m -> m.span().overlaps(token.span()))) {
                    earlierWith(found, token).or(() -> besideSpeechVerb(tokens, token))
                        .ifPresent(person -> words.add(new PersonMention(token.span(), person)));
                }
            }
        }
        found.addAll(words);
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    /** A name word right before or after a speech verb names a person: "Hatice said", "said Mehmet". */
    private static java.util.Optional<String> besideSpeechVerb(NameTokens tokens, NameToken word) {
        int i = tokens.tokens().indexOf(word);
        boolean verbAfter = i + 1 < tokens.size() && tokens.spacedFromPrevious(i + 1)
            && SpeechVerbs.isVerb(tokens.get(i + 1).text());
        boolean verbBefore = i > 0 && tokens.spacedFromPrevious(i) && SpeechVerbs.isVerb(tokens.get(i - 1).text());
        return verbAfter || verbBefore ? java.util.Optional.of(word.text()) : java.util.Optional.empty();
    }

    /** The person most recently named before a word whose name starts or ends with that word. */
    private static java.util.Optional<String> earlierWith(List<PersonMention> mentions, NameToken word) {
        String w = KnownPeople.key(word.text());
        String person = null;
        for (PersonMention m : mentions) {
            if (m.span().start() >= word.span().start()) {
                break;
            }
            String[] parts = KnownPeople.key(m.person()).split(" ");
            if (parts.length > 1 && (parts[0].equals(w) || parts[parts.length - 1].equals(w))) {
                person = m.person();
            }
        }
        return java.util.Optional.ofNullable(person);
    }
}
