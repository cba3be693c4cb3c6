package io.factaudit.sheet;

import io.factaudit.input.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The rows of "Given these places:" ({@code place | within}) of one scenario, checked once the whole
 * scenario is known: a place within itself, within a place that is not listed, or in a cycle of
 * places holding each other is named as a problem and loses its {@code within}; the place still counts.
 */
final class PlacesBuilder {

    record Row(String place, String within, int line) {
    }

    private final String uri;
    private final List<Row> rows = new ArrayList<>();

    PlacesBuilder(String uri) {
        this.uri = uri;
    }

    void add(Table table, List<Problem> problems) {
        for (Table.Row row : table.rows()) {
            String place = table.cell(row, "place");
            String within = table.cell(row, "within");
            if (place.isEmpty()) {
                problems.add(new Problem(uri, row.line(), "this row has no place: fill in the place column or remove the row"));
            } else if (rows.stream().anyMatch(r -> key(r.place()).equals(key(place)))) {
                problems.add(new Problem(uri, row.line(), "the place \"" + place + "\" is listed twice: keep one row"));
            } else {
                rows.add(new Row(place, within.isEmpty() ? null : within, row.line()));
            }
        }
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The places as written, for names: every place is also a name of the sheet. */
    List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * The places with their names made canonical (a place written as one of a name's spellings is that
     * name), each {@code within} checked.
     */
    List<Place> build(UnaryOperator<String> canonical, List<Problem> problems) {
        Map<String, Row> byKey = new LinkedHashMap<>();
        for (Row r : rows) {
            byKey.put(key(canonical.apply(r.place())), r);
        }
        Map<String, String> within = new LinkedHashMap<>();
        for (Row r : rows) {
            String name = canonical.apply(r.place());
            if (r.within() == null) {
                continue;
            }
            String holder = canonical.apply(r.within());
            if (key(holder).equals(key(name))) {
                problems.add(new Problem(uri, r.line(), "the place \"" + r.place() + "\" is within itself: leave \"within\""
                    + " empty or name the place that holds it"));
            } else if (!byKey.containsKey(key(holder))) {
                problems.add(new Problem(uri, r.line(), "\"" + r.place() + "\" is within \"" + r.within() + "\", which is not"
                    + " among these places: add a row for \"" + r.within() + "\" (its \"within\" may stay empty)"));
            } else {
                within.put(name, canonical.apply(byKey.get(key(holder)).place()));
            }
        }
        for (Row r : rows) {
            String name = canonical.apply(r.place());
            List<String> chain = cycle(name, within);
            if (!chain.isEmpty() && chain.get(0).equals(name) && rows.stream()
                .filter(o -> chain.contains(canonical.apply(o.place()))).mapToInt(Row::line).min().orElse(0) == r.line()) {
                problems.add(new Problem(uri, r.line(), "these places hold each other: " + String.join(" within ", chain)
                    + " within " + name + "; a place can't be within a place it holds, so remove one \"within\""));
                chain.forEach(within::remove);
            }
        }
        List<Place> places = new ArrayList<>();
        for (Row r : rows) {
            String name = canonical.apply(r.place());
            places.add(new Place(name, within.get(name), new FactLocation(uri, r.line())));
        }
        return places;
    }

    /** The sheet place a {@code where} cell names, or null after naming the problem at the row. */
    static String placeOf(String cell, FactLocation row, List<Place> places, UnaryOperator<String> canonical,
                          List<Problem> problems) {
        String wanted = canonical.apply(cell);
        for (Place p : places) {
            if (p.name().equalsIgnoreCase(wanted)) {
                return p.name();
            }
        }
        problems.add(new Problem(row.uri(), row.line(), "the place \"" + cell + "\" in the where column is not among these"
            + " places: add it under \"Given these places:\""
            + (places.isEmpty() ? "" : " or use one of " + places.stream().map(Place::name).toList())));
        return null;
    }

    /** The places of a cycle through {@code start}, starting with it; empty when there is none. */
    private static List<String> cycle(String start, Map<String, String> within) {
        List<String> chain = new ArrayList<>();
        String at = start;
        while (at != null && !chain.contains(at)) {
            chain.add(at);
            at = within.get(at);
        }
        return start.equals(at) ? chain : List.of();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
