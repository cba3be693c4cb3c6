package io.factaudit.claim;

import java.util.regex.Pattern;

/**
 * The scale a table's header gives its figures: "Parcels (thousands)", "Kettles, '000", "Units (000s)"
 * are in thousands, "Customers (millions)" in millions; any other header leaves them as written.
 */
final class HeaderScale {

    private static final Pattern THOUSANDS = Pattern.compile("(?i)(\\bthousands?\\b|'000s?\\b|\\b000s\\b|\\(000\\))");
    private static final Pattern MILLIONS = Pattern.compile("(?i)\\bmillions?\\b|\\bmn\\b|\\(m\\)");

    private HeaderScale() {
    }

    static long of(String header) {
        if (THOUSANDS.matcher(header).find()) {
            return 1_000;
        }
        return MILLIONS.matcher(header).find() ? 1_000_000 : 1;
    }
}
