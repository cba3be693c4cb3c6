package io.factaudit.quantity;

/**
 * What a number in a sentence measures. Only a {@link #COUNT} can count a sheet's subject; every
 * other measure is there so that money, years, distances and the like are never taken for counts.
 */
public enum Measure {
    /** A number of things: "3,000 soldiers", "a dozen", "thousands of", "a 12,000-strong force". */
    COUNT,
    /** "$5.5 billion", "100 billion lira", "$14bn", "€3 million", "1.7 billion dollars". */
    MONEY,
    /** "80 percent", "4%", "per cent", "percentage points". */
    PERCENT,
    /** "7,300 kilometers", "10 km", "95 miles", "a 400-metre". */
    DISTANCE,
    /** "14°C", "minus 5 degrees". */
    TEMPERATURE,
    /** "in 2024", "since 1953", "the 1950-53 Korean War", "the 1990s", "2023's". */
    YEAR,
    /** The day in "Oct. 8", "February 6", "6 February 2023", "June 19, 2024"; the parts of "2024-11-08". */
    DATE,
    /** "4:17 a.m.", "04:17", "8 p.m."; the value is hours and minutes as hhmm (417). */
    TIME,
    /** "248 hours", "24 years", "three months", "a three-month state of emergency". */
    DURATION,
    /** "a 41-year-old teacher", "aged 17", "30 years old". */
    AGE,
    /** "first", "11th", "ninth", "the twenty-first". */
    ORDINAL,
    /** Magnitudes, scores and other fractional figures: "magnitude 7.8", "a 7.8-magnitude", "a 5.8", "3-1". */
    DECIMAL,
    /** A name or code holding digits: "Article 5", "issue 112", "F-16", "Covid-19", "G7", "192.168.1.2". */
    LABEL,
    /** A figure in another unit, which {@link Quantity#unit()} names: "400 tonnes", "5 hectares", "a 10-point plan". */
    OTHER_UNIT
}
