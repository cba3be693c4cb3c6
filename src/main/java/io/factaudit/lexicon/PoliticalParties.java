package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * The words that name a political party before a title ("Republican Sen.", "a Democratic
 * senator", "Labour MP"), from WordNet 3.1: the word before "Party" in the name of each party
 * WordNet lists below "political party" ("Democratic Party", "Conservative Party"), leaving out
 * the parties it glosses as former ones, and the names of their members ("Democrat").
 */
public final class PoliticalParties {

    private static volatile Set<String> words;

    private PoliticalParties() {
    }

    /** Whether a word names a party ("Republican", "democratic"), in any case. */
    public static boolean isPartyWord(String word) {
        return words().contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> words() {
        Set<String> w = words;
        if (w == null) {
            w = read();
            words = w;
        }
        return w;
    }

    private static Set<String> read() {
        Set<String> found = new HashSet<>();
        Synset party = WordNet.sense("political party", POS.NOUN, "an organization to gain political power");
        try {
            for (Pointer p : party.getPointers(PointerType.HYPONYM)) {
                Synset s = p.getTargetSynset();
                if (s.getGloss().startsWith("a former")) {
                    continue;
                }
                for (Word lemma : s.getWords()) {
                    String[] parts = lemma.getLemma().split(" ");
                    // a proper name "X Party": "war party" and "third party" name no party
                    if (parts.length == 2 && parts[1].equals("Party") && Character.isUpperCase(parts[0].charAt(0))) {
                        found.add(parts[0].toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        for (String member : Set.copyOf(found)) {
            // "Democrat" is a member of the Democratic Party, "Republican" of the Republican Party
            for (Synset s : WordNet.senses(member.replaceAll("ic$", ""), POS.NOUN)) {
                if (s.getGloss().startsWith("a member of the ")) {
                    found.add(member.replaceAll("ic$", ""));
                }
            }
        }
        return Set.copyOf(found);
    }
}
