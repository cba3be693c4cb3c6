package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordForms;
import java.util.Set;

/**
 * A rule that sets a number aside: it stands in the complement of a plural noun of persons that the
 * sheet's subjects do not count ("relatives of 9 passengers waited at the pier", "lawyers for 40
 * detainees", "the parents of 12 pupils"): the clause is about those persons, and the number only
 * says whose they are. Nouns of persons are WordNet's (below person); a subject's own noun ("the
 * survivors of ...") and a partitive after the number are left to their readings.
 */
final class PeopleOfOthers implements CountRule {

    static final String NAME = "the people of another group's phrase";

    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "from");
    private static final Set<String> DETERMINERS = Set.of("the", "their", "its", "his", "her", "our");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        int p = n.first() - 1;
        if (p >= 0 && DETERMINERS.contains(s.word(p).lower())) {
            p--;
        }
        if (p < 1 || !PREPOSITIONS.contains(s.word(p).lower())) {
            return null;
        }
        Words.Word noun = s.word(p - 1);
        String w = noun.lower();
        boolean persons = s.tag(noun).equals("NOUN") && WordForms.isPluralNoun(w) && Persons.isPerson(w);
        return persons && !s.context().anyHead(w) && !s.context().isKeywordWord(w) ? s.wordsSpan(p - 1, p + 1) : null;
    }
}
