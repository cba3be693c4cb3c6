package io.factaudit.check;

import io.factaudit.claim.TitleClaim;
import io.factaudit.sheet.Person;

/** The message of a wrong title: the title written, and the titles the sheet gives the person. */
final class WrongTitle {

    private WrongTitle() {
    }

    static String message(TitleClaim claim, Person person) {
        return "calls " + person.name() + " \"" + claim.title() + "\", which is not a title the sheet gives "
            + person.name() + ": " + String.join(", ", person.titles()) + " (" + person.where() + ")";
    }
}
