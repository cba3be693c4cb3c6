package io.factaudit.cli;

import io.factaudit.evaluation.Evaluation;
import io.factaudit.evaluation.Tally;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code evaluate [folder] [--misses]}: audits every annotated corpus below the folder and prints
 * precision and recall per corpus and in total, for claims of every kind and findings of every
 * severity; {@code --misses} lists what was missed or reported in excess.
 */
final class EvaluateCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        List<String> paths = Main.positional(args);
        Path folder = root.resolve(paths.isEmpty() ? "../shared/eval" : paths.get(0)).normalize();
        List<Evaluation.TopicScore> scores = new Evaluation(root).evaluateAll(folder);
        if (scores.isEmpty()) {
            throw new Main.UsageException("no annotated corpus (a folder with gold.json) below " + folder);
        }
        Map<String, Tally> claims = new TreeMap<>();
        Map<String, Tally> findings = new TreeMap<>();
        for (Evaluation.TopicScore s : scores) {
            out.println("== " + s.topic());
            print(s.claims(), s.findings(), out);
            if (args.contains("--misses")) {
                s.misses().forEach(m -> out.println("   " + m));
            }
            s.claims().forEach((k, v) -> claims.merge(k, v, Tally::plus));
            s.findings().forEach((k, v) -> findings.merge(k, v, Tally::plus));
        }
        out.println("== total");
        print(claims, findings, out);
        io.factaudit.evaluation.Capabilities.print(out);
        return 0;
    }

    private static void print(Map<String, Tally> claims, Map<String, Tally> findings, PrintStream out) {
        Tally allClaims = claims.values().stream().reduce(Tally.ZERO, Tally::plus);
        claims.forEach((kind, t) -> out.printf("  claims %-12s %s%n", kind, t.format()));
        out.printf("  claims %-12s %s%n", "(all)", allClaims.format());
        findings.forEach((sev, t) -> out.printf("  findings %-10s %s%n", sev, t.format()));
    }
}
