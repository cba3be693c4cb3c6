package io.factaudit.quantity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The units that make a number something other than a count, as written before it ("$", "US$",
 * "€", "EUR") or after it ("percent", "km", "°C", "years", "-year-old", "billion lira", "a.m.").
 */
final class Units {

    /** A unit found after a number: lexemes up to last (included), what it measures and its words as written. */
    record Match(int first, int last, Measure measure, String unit) {
    }

    private static final Set<String> CURRENCY_SIGNS = Set.of(
            "$", "€", "£", "¥", "₹", "₩", "₺", "₽", "₴", "₪", "₦", "₱", "₫", "฿");
    /** Letters glued before "$": US$, A$, C$, HK$, NZ$, S$, R$. */
    private static final Set<String> DOLLAR_PREFIXES = Set.of("US", "A", "C", "HK", "NZ", "S", "R", "AU", "CA");
    /** Codes count only in capitals: "TRY" is the lira, "try" a verb. */
    private static final Set<String> CURRENCY_CODES = Set.of(
            "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "TRY", "RUB", "INR", "CHF", "AUD", "CAD",
            "UAH", "HKD", "SGD", "NZD", "SEK", "NOK", "DKK", "PLN", "BRL", "MXN", "ZAR", "SAR", "AED", "ILS");

    /** Words hyphen-glued to a number that still count people: "a 12,000-strong force", "a 500-member delegation". */
    private static final Set<String> COUNTING_WORDS = Set.of("strong", "man", "member", "person", "people", "troop");
    /** Words hyphen-glued to a number that hedge it rather than measure it: "5,000-plus", "40-odd". */
    private static final Set<String> HEDGING_WORDS = Set.of("plus", "odd", "ish", "some");

    /** Letters glued to digits that are units only in that form: "24h", "10m", "50g", "14C". */
    private static final Map<String, Measure> GLUED_ONLY = Map.of(
            "h", Measure.DURATION, "m", Measure.DISTANCE, "mm", Measure.DISTANCE, "g", Measure.OTHER_UNIT,
            "mg", Measure.OTHER_UNIT, "ml", Measure.OTHER_UNIT, "C", Measure.TEMPERATURE, "F", Measure.TEMPERATURE);

    private static final PhraseTable<Measure> AFTER = new PhraseTable<>(afterNumber());

    private Units() {
    }

    private static Map<String, Measure> afterNumber() {
        Map<String, Measure> m = new HashMap<>();
        put(m, Measure.PERCENT, "%", "percent", "per cent", "per-cent", "pct", "percentage point",
                "percentage points");
        put(m, Measure.TEMPERATURE, "°", "°C", "°F", "℃", "℉", "degree", "degrees", "degrees Celsius",
                "degrees Fahrenheit", "degrees C", "degrees F", "- degree");
        put(m, Measure.DISTANCE, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile",
                "miles", "metre", "metres", "meter", "meters", "cm", "centimetre", "centimetres", "centimeter",
                "centimeters", "millimetre", "millimetres", "millimeter", "millimeters", "foot", "feet", "ft",
                "yard", "yards", "inch", "inches", "nautical miles", "light years", "- km", "- kilometre",
                "- kilometer", "- mile", "- metre", "- meter", "- foot", "- yard", "- inch");
        put(m, Measure.MONEY, "dollar", "dollars", "euro", "euros", "pound", "pounds", "pounds sterling",
                "sterling", "yen", "yuan", "renminbi", "won", "rouble", "roubles", "ruble", "rubles", "rupee",
                "rupees", "lira", "liras", "lire", "franc", "francs", "peso", "pesos", "rand", "riyal", "riyals",
                "dirham", "dirhams", "shekel", "shekels", "hryvnia", "hryvnias", "krona", "kronor", "krone",
                "kroner", "zloty", "zlotys", "cent", "cents", "pence", "penny", "shilling", "shillings", "dinar",
                "dinars", "naira", "baht", "ringgit", "rupiah", "reais", "- dollar", "- euro", "- pound");
        put(m, Measure.DURATION, "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
                "hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "wk", "wks", "fortnight",
                "fortnights", "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "century",
                "centuries", "millennium", "millennia", "- second", "- minute", "- hour", "- day", "- night",
                "- week", "- month", "- year", "- decade", "- century");
        put(m, Measure.AGE, "years old", "year old", "months old", "weeks old", "days old", "years of age",
                "- year - old", "- year - olds", "- years - old", "- month - old", "- week - old", "- day - old");
        put(m, Measure.TIME, "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "o’clock");
        put(m, Measure.DECIMAL, "magnitude", "- magnitude", "on the Richter scale", "Richter");
        put(m, Measure.OTHER_UNIT, "tonne", "tonnes", "ton", "tons", "kg", "kilogram", "kilograms", "kilo",
                "kilos", "gram", "grams", "lb", "lbs", "ounce", "ounces", "oz", "litre", "litres", "liter",
                "liters", "gallon", "gallons", "barrel", "barrels", "mph", "kph", "km/h", "kilometres per hour",
                "kilometers per hour", "miles per hour", "knot", "knots", "hectare", "hectares", "acre", "acres",
                "sq km", "square kilometres", "square kilometers", "square miles", "square metres",
                "square meters", "square feet", "MW", "GW", "kW", "kWh", "megawatt", "megawatts", "gigawatt",
                "gigawatts", "times", "- fold", "fold", "decibels", "calories", "points", "- point", "- tonne",
                "- ton", "- storey", "- story");
        return m;
    }

    private static void put(Map<String, Measure> m, Measure measure, String... phrases) {
        for (String p : phrases) {
            m.put(p, measure);
        }
    }

    /**
     * The first lexeme of a currency written just before lexeme i ("$", "US$", "€", "EUR"), or -1.
     */
    static int currencyBefore(Lexemes lx, int i) {
        int p = i - 1;
        if (!lx.has(p)) {
            return -1;
        }
        Lexeme before = lx.get(p);
        if (before.kind() == Lexeme.Kind.SYMBOL && CURRENCY_SIGNS.contains(before.text())) {
            if (before.text().equals("$") && lx.glued(p) && lx.isWord(p - 1) && DOLLAR_PREFIXES.contains(lx.text(p - 1))) {
                return p - 1;
            }
            return p;
        }
        if (before.kind() == Lexeme.Kind.WORD && CURRENCY_CODES.contains(before.text())) {
            return p;
        }
        if (lx.text(p).equals("Rs")) {
            return p;
        }
        return lx.isSymbol(p, '.') && lx.text(p - 1).equals("Rs") ? p - 1 : -1;
    }

    /**
     * The unit that starts at lexeme i, just after a number whose value is given ("second" is a
     * unit only after one), or null. Currency words may follow up to two capitalized words
     * ("100 billion Turkish lira", "5 US dollars").
     */
    static Match after(Lexemes lx, int i, boolean one) {
        if (!lx.has(i)) {
            return null;
        }
        if (lx.isWord(i) && lx.glued(i)) {
            return glued(lx, i);
        }
        if (lx.isHyphen(i) && lx.glued(i) && lx.isWord(i + 1) && lx.glued(i + 1)) {
            return hyphenated(lx, i);
        }
        if (one && lx.is(i, "second")) {
            return new Match(i, i, Measure.DURATION, lx.text(i));
        }
        if (lx.isWord(i) && CURRENCY_CODES.contains(lx.text(i))) {
            return new Match(i, i, Measure.MONEY, lx.text(i));
        }
        Match m = phrase(lx, i);
        if (m != null) {
            return m;
        }
        for (int skip = i; skip < i + 2 && lx.capitalized(skip); skip++) {
            Match money = phrase(lx, skip + 1);
            if (money != null && money.measure() == Measure.MONEY) {
                return new Match(i, money.last(), Measure.MONEY, lx.text(i, money.last()));
            }
        }
        return null;
    }

    /** Letters glued to the digits: "10km", "4pm", "24h", "14C"; anything else is a label ("5G", "3D"). */
    private static Match glued(Lexemes lx, int i) {
        Match m = phrase(lx, i);
        if (m != null) {
            return m;
        }
        Measure measure = GLUED_ONLY.get(lx.text(i));
        if (measure == null) {
            measure = GLUED_ONLY.get(lx.lower(i));
            if (measure == Measure.TEMPERATURE) {
                measure = null; // "14c" is not a temperature, "14C" is
            }
        }
        if (measure != null) {
            return new Match(i, i, measure, lx.text(i));
        }
        if (lx.is(i, "s")) {
            return null; // "1990s": a decade, which the measure reader knows
        }
        return new Match(i, i, Measure.LABEL, lx.text(i));
    }

    /** "three-month", "7.8-magnitude", "41-year-old", "12,000-strong", "a 10-point plan". */
    private static Match hyphenated(Lexemes lx, int i) {
        String word = lx.lower(i + 1);
        if (HEDGING_WORDS.contains(word) || NumberWords.isNumberWord(word) || NumberWords.isFraction(word)) {
            return null;
        }
        Match m = phrase(lx, i);
        if (m != null) {
            return m;
        }
        if (COUNTING_WORDS.contains(word)) {
            return new Match(i, i + 1, Measure.COUNT, "");
        }
        return new Match(i, i + 1, Measure.OTHER_UNIT, lx.text(i + 1));
    }

    private static Match phrase(Lexemes lx, int i) {
        PhraseTable.Match<Measure> m = AFTER.startingAt(lx, i);
        if (m == null) {
            return null;
        }
        int first = lx.isHyphen(m.first()) ? m.first() + 1 : m.first();
        return new Match(m.first(), m.last(), m.meaning(), lx.text(first, m.last()));
    }
}
