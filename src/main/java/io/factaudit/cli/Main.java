package io.factaudit.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code audit}, {@code explain}, {@code evaluate}, {@code acknowledge},
 * {@code benchmark}. Run through Maven: {@code mvn -q compile exec:java -Dexec.args="explain seeds/x.txt"}.
 */
public final class Main {

    /** A command: takes its arguments, prints to out, returns the exit status. */
    interface Command {
        int run(Path root, List<String> args, PrintStream out) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("audit", new AuditCommand());
        COMMANDS.put("explain", new ExplainCommand());
        COMMANDS.put("suggest", new SuggestCommand());
        COMMANDS.put("evaluate", new EvaluateCommand());
        COMMANDS.put("acknowledge", new AcknowledgeCommand());
        COMMANDS.put("benchmark", new BenchmarkCommand());
        COMMANDS.put("generate", new GenerateCommand());
        COMMANDS.put("lexicon", new LexiconCommand());
    }

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            err.println("usage: one of " + String.join(", ", COMMANDS.keySet()) + " (see the README)");
            return 2;
        }
        Path root = projectRoot();
        try {
            return COMMANDS.get(args[0]).run(root, Arrays.asList(args).subList(1, args.length), out);
        } catch (UsageException e) {
            err.println(args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println(args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    /** The project root: the {@code fact-audit.project} property, else the working directory. */
    static Path projectRoot() {
        String p = System.getProperty("fact-audit.project");
        return Path.of(p == null || p.isBlank() ? "." : p).toAbsolutePath().normalize();
    }

    /** A command called with arguments it does not understand. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** The value after an option ("--by NAME"), or a default. */
    static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    /** The arguments that are neither options nor their values. */
    static List<String> positional(List<String> args, String... optionsWithValues) {
        List<String> valued = Arrays.asList(optionsWithValues);
        List<String> result = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (valued.contains(args.get(i))) {
                i++;
            } else if (!args.get(i).startsWith("--")) {
                result.add(args.get(i));
            }
        }
        return result;
    }
}
