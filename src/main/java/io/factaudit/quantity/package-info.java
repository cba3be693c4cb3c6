/**
 * Numbers in news writing, read as an editor reads them.
 *
 * <p>{@link io.factaudit.quantity.NumberReader} turns a sentence into {@link io.factaudit.quantity.Quantity}s
 * in five steps, each a class of its own:
 * <ol>
 * <li>{@code Lexer}: digits, letters and single symbols, with their offsets (no regular expressions);</li>
 * <li>{@code NumeralScanner}: the numerals, through {@code CodeReader} (clock times, numeric dates,
 * codes), {@code CardinalReader} with {@code DigitReader} (digits and words, "two and a half
 * million") and {@code VagueReader} ("dozens", "tens of thousands");</li>
 * <li>{@code MeasureReader}: what each numeral measures, from {@code Units} around it, months,
 * year words and labels;</li>
 * <li>{@code RangeReader}: ranges of two neighbours ("between 20 and 30", "11 to 12,000");</li>
 * <li>{@code HedgeReader}: the hedge words ("about", "more than", "or more"), then bounds joined
 * into ranges ("more than 10 and less than 40").</li>
 * </ol>
 */
package io.factaudit.quantity;
