package io.factaudit.evaluation;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.sheet.Name;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where an article names the source the gold gives a count, told without words, so a held-out topic
 * can say why a source was missed: in the count's sentence, earlier in its paragraph, in an earlier
 * paragraph, only after it, or not in any of the sheet's spellings; and whether the count's sentence
 * has a verb of saying ("cited") or not.
 */
final class SourceWhereabouts implements BiFunction<Span, String, String> {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Document document;
    private final Map<String, List<Mention>> mentions;

    SourceWhereabouts(Document document, List<Name> names) {
        this.document = document;
        NameMatcher matcher = new NameMatcher();
        names.forEach(n -> matcher.add(n.name(), n.spellings()));
        this.mentions = matcher.isEmpty() ? Map.of()
            : matcher.find(document.text()).stream().collect(Collectors.groupingBy(Mention::name));
    }

    @Override
    public String apply(Span count, String source) {
        Span sentence = document.sentenceOf(count.start());
        Span paragraph = document.paragraphOf(count.start());
        List<Mention> named = mentions.getOrDefault(source, List.of());
        String where = named.stream().anyMatch(m -> sentence.contains(m.span())) ? "named in its sentence"
            : named.stream().anyMatch(m -> paragraph.contains(m.span()) && m.span().end() <= sentence.start()) ? "named earlier in its paragraph"
            : named.stream().anyMatch(m -> m.span().end() <= paragraph.start()) ? "named in an earlier paragraph"
            : named.isEmpty() ? "not named" : "named only after it";
        return where + (saying(sentence) ? ", cited" : ", uncited");
    }

    private boolean saying(Span sentence) {
        Matcher w = WORD.matcher(document.textOf(sentence));
        while (w.find()) {
            String word = w.group();
            if (Character.isLowerCase(word.charAt(0)) && VerbsOfSaying.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
