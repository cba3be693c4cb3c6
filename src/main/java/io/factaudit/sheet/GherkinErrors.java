package io.factaudit.sheet;

/**
 * The Gherkin parser's messages, said to an editor: without the parser's "(line:column)" prefix
 * (the problem carries the line) and with what to write instead.
 */
final class GherkinErrors {

    private GherkinErrors() {
    }

    static String explain(String parserMessage) {
        String message = parserMessage == null ? "" : parserMessage.replaceFirst("^\\(\\d+:\\d+\\):\\s*", "").strip();
        if (message.contains("inconsistent cell count")) {
            return "this table row does not have as many cells as the table's first row: add the missing cell"
                + " (an empty cell is written \"|  |\") or remove the extra one, and write a | inside a cell as \\|;"
                + " this sheet is not audited until it is fixed";
        }
        if (message.startsWith("expected:")) {
            return "this line is not a step, a table row or a keyword Gherkin knows (" + message + "): start steps with"
                + " Given, And or Then, and table rows with |; this sheet is not audited until it is fixed";
        }
        return "the sheet is not valid Gherkin (" + message + "); this sheet is not audited until it is fixed";
    }
}
