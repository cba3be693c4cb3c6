package io.factaudit.claim;

import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.GroupNouns;
import io.factaudit.lexicon.OfficeHolders;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Descriptions of a person's place rather than the words of a title, judged against the sheet's
 * titles: a word for whoever is in charge ("Velmoran leader"), "top" and a noun ("Brontec's top
 * executive"), and the one in charge of a unit ("head of the finance office", as "who heads the
 * finance office" is read). Each fits a title at the top of its body; a title of a lower rank
 * ("deputy") never. The words of a unit must be words of the sheet's title, unless the sheet's title
 * names no unit at all ("chair" for "who chairs the audit committee": the unit is its owner).
 */
final class TitleDescriptions {

    private TitleDescriptions() {
    }

    /** "Velmoran leader", "Brontec's top executive": a description of the title's words alone. */
    static boolean fits(PersonTitles.Form written, List<PersonTitles.Form> held) {
        Set<String> words = written.words();
        if (words.stream().allMatch(TitleWords::isDescriptor)) {
            return held.stream().anyMatch(TitleDescriptions::atTheTop);
        }
        if (words.stream().noneMatch(TitleWords::isTop)) {
            return false;
        }
        // "top diplomat": the noun fits the sheet's title, or the sheet's title is at the top of its body
        Set<String> noun = words.stream().filter(w -> !TitleWords.isTop(w)).collect(Collectors.toSet());
        return held.stream().anyMatch(t -> t.words().stream().noneMatch(TitleWords::isRankChanger)
            && (atTheTop(t) || !noun.isEmpty() && t.words().containsAll(noun)));
    }

    /**
     * "head of finance office": an office in charge of a unit whose words ("finance"; "office" is a
     * collective noun, said of any unit) the sheet's title holds, or names none of (nor a body of its
     * own), with the collective noun of the sheet's title if it has one ("committee" is not
     * "subcommittee"). The office is a word for whoever is in charge or for a top office ("head", "director")
     * where the sheet's title is at the top of its unit, or the sheet title's own office where the
     * unit ends in a collective noun ("chair" of "chairs the audit committee"; not "secretary of state",
     * where "of" names the office's field).
     *
     * @param office the words before "of", owners set apart
     * @param unit   the words after it, owners set apart, in their order
     */
    static boolean inCharge(Set<String> office, Set<String> unit, List<PersonTitles.Form> held, List<String> titles) {
        if (office.size() != 1) {
            return false;
        }
        String w = office.iterator().next();
        // "the chair of the port authority" presides over it: another office than its director
        boolean inChargeWord = TitleWords.isDescriptor(w) || TitleWords.isTopOffice(w) && !TitleWords.isPresiding(w);
        List<String> unitInOrder = List.copyOf(unit);
        boolean isUnit = !unitInOrder.isEmpty() && GroupNouns.contains(last(unitInOrder))
            && !TitleWords.isGenericOwner(last(unitInOrder));
        Set<String> named = unitWords(unit);
        for (int i = 0; i < held.size(); i++) {
            PersonTitles.Form t = held.get(i);
            boolean own = PeopleInText.headOf(titles.get(i)).filter(w::equals).isPresent();
            boolean sameOffice = inChargeWord ? own || atTheTop(t) : own && isUnit;
            // "committee" is not "subcommittee", even where the sheet's title names no unit of its own ("subcommittee chair")
            boolean sameKind = !isUnit || t.words().contains(last(unitInOrder)) || t.words().stream().noneMatch(GroupNouns::contains);
            boolean sameUnit = sameKind && (t.words().containsAll(named) || unitWords(t.words()).isEmpty() && t.belongsTo().isEmpty());
            if (sameOffice && sameUnit && t.words().stream().noneMatch(TitleWords::isRankChanger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "chair of audit committee" against the sheet's "chair of the planning committee": the sheet's own
     * office, of a unit of the same kind (its collective noun, "committee") that the sheet's title names
     * by other words. An owner after "of" otherwise says nothing ({@link PersonTitles}).
     */
    static boolean otherUnitOfItsKind(Set<String> office, List<String> unitInOrder, List<PersonTitles.Form> held,
                                      List<String> titles) {
        if (office.size() != 1 || unitInOrder.isEmpty() || !GroupNouns.contains(last(unitInOrder))) {
            return false;
        }
        String w = office.iterator().next();
        Set<String> named = unitWords(Set.copyOf(unitInOrder));
        for (int i = 0; i < held.size(); i++) {
            Set<String> words = held.get(i).words();
            if (PeopleInText.headOf(titles.get(i)).filter(w::equals).isPresent() && words.contains(last(unitInOrder))
                && !unitWords(words).isEmpty() && !words.containsAll(named)) {
                return true;
            }
        }
        return false;
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }

    /** A title with a word for an office at the top of a body ("director", "chief", "minister"). */
    private static boolean atTheTop(PersonTitles.Form title) {
        return title.words().stream().anyMatch(TitleWords::isTopOffice) && title.words().stream().noneMatch(TitleWords::isRankChanger);
    }

    /**
     * The words that name a unit: not a word for an office or a rank, and not the unit's last noun where
     * it is a collective noun said of any unit ("office", "committee"; "commerce" of "commerce committee" stays).
     */
    static Set<String> unitWords(Set<String> words) {
        List<String> named = words.stream().filter(w -> !TitleWords.isHead(w) && !TitleWords.isTopOffice(w)
            && !TitleWords.isTop(w) && !TitleWords.isRankChanger(w) && !OfficeHolders.isOffice(w)).toList();
        if (!named.isEmpty()) {
            String last = named.get(named.size() - 1);
            if (GroupNouns.contains(last) || TitleWords.isGenericOwner(last)) {
                named = named.subList(0, named.size() - 1);
            }
        }
        return Set.copyOf(named);
    }
}
