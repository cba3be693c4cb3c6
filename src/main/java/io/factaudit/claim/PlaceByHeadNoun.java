package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Mention;
import io.factaudit.lexicon.WordNet;
import io.factaudit.sheet.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.data.POS;

/**
 * A place named again by the common noun that heads its name: "the valley" for "X Valley", "the
 * county" for "Y County" — the place of the sheet with that head named last before it in the
 * article, or, when none is, the only one of the sheet.
 */
final class PlaceByHeadNoun {

    private static final Pattern THE_NOUN = Pattern.compile("\\b[Tt]he ([a-z]+)\\b");

    private PlaceByHeadNoun() {
    }

    /** The mentions of the head nouns in {@code text} (their spans the noun's), given the places named in full. */
    static List<Mention> find(String text, List<Place> places, List<Mention> named) {
        List<Mention> found = new ArrayList<>();
        Matcher m = THE_NOUN.matcher(text);
        while (m.find()) {
            List<Place> headed = places.stream().filter(p -> headNoun(p.name()).equals(m.group(1))).toList();
            if (headed.isEmpty()) {
                continue;
            }
            Span span = new Span(m.start(1), m.end(1));
            String place = lastNamedBefore(named, headed, span.start());
            if (place == null && headed.size() == 1) {
                place = headed.get(0).name();
            }
            if (place != null) {
                found.add(new Mention(place, m.group(1), span));
            }
        }
        return found;
    }

    /** The last word of a name of two words or more, lower-cased, when it is a singular common noun ("valley"); else "". */
    static String headNoun(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length < 2) {
            return "";
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return WordNet.lemmas(last, POS.NOUN).contains(last) ? last : "";
    }

    private static String lastNamedBefore(List<Mention> named, List<Place> headed, int offset) {
        String last = null;
        for (Mention m : named) {
            if (m.span().end() <= offset && headed.stream().anyMatch(p -> p.name().equals(m.name()))) {
                last = m.name();
            }
        }
        return last;
    }
}
