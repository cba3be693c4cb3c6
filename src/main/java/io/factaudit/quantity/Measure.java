package io.factaudit.quantity;

/** What a number measures: only {@link #COUNT} can count the sheet's subject. */
public enum Measure {
    COUNT, MONEY, PERCENT, DISTANCE, TEMPERATURE, YEAR, DATE, TIME, DURATION, AGE, ORDINAL, DECIMAL
}
