package io.factaudit.check;

import io.factaudit.claim.Claim;
import io.factaudit.claim.PeopleInText;
import io.factaudit.claim.PersonTitles;
import io.factaudit.claim.TitleClaim;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges the titles written next to the sheet's people (a title that is not one of theirs is a
 * wrong title) and the spelling of their names (a full name one or two letters from a sheet
 * person's, and not itself on the sheet, is a misspelled name).
 */
public final class TitleCheck implements Check {

    @Override
    public List<Finding> judge(Document document, List<Claim> claims, Facts facts) {
        if (facts.people().isEmpty()) {
            return List.of();
        }
        PersonTitles titles = PersonTitles.of(facts);
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim instanceof TitleClaim title) {
                Person person = person(facts, title.person());
                if (person != null && !titles.holds(person, title.title())) {
                    findings.add(FindingFactory.of(document, title, Reason.WRONG_TITLE, person.where(),
                        WrongTitle.message(title, person)));
                }
            }
        }
        for (PeopleInText.Found found : PeopleInText.of(facts).in(document)) {
            if (found.misspelled()) {
                findings.add(FindingFactory.of(document, found.span(), Reason.MISSPELLED_NAME, Reason.MISSPELLED_NAME.rule(),
                    found.person().where(), MisspelledName.message(found.written(), found.person())));
            }
        }
        return findings;
    }

    private static Person person(Facts facts, String name) {
        return facts.people().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}
