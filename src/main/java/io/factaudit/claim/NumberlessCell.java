package io.factaudit.claim;

import java.util.function.Predicate;

/**
 * Table cells that hold no figure: empty, a dash or dots where a value would be ("\u2014", "-", "..."),
 * or words alone ("n/a", "none", "closed").
 */
final class NumberlessCell {

    private NumberlessCell() {
    }

    /** Empty, or marks alone: no letter and no digit. */
    static boolean blank(TextTable.Cell cell) {
        return cell.text().chars().noneMatch(Character::isLetterOrDigit);
    }

    static boolean digits(TextTable.Cell cell) {
        return cell.text().chars().anyMatch(Character::isDigit);
    }

    /** A cell the test accepts, or one with no digit in it. */
    static Predicate<TextTable.Cell> or(Predicate<TextTable.Cell> test) {
        return cell -> !digits(cell) || test.test(cell);
    }
}
