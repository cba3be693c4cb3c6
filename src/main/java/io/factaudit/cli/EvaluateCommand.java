package io.factaudit.cli;

import io.factaudit.evaluation.Evaluation;
import io.factaudit.evaluation.LeaveOneTopicOut;
import io.factaudit.evaluation.Tally;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code evaluate [folder ...] [--misses] [--hold-out topic,...]}: audits every annotated corpus below
 * the folders and prints precision and recall per topic and for the development topics in total (claims
 * per kind, findings per severity and per reason), then the leave-one-topic-out summary: each held-out
 * topic's scores with the macro mean and the worst topic per kind. Topics named by {@code --hold-out}
 * stay out of the development figures and their misses are never printed, so they can stay unread;
 * without it every topic is held out in turn. Count errors are tallied by kind for every topic (not read,
 * read with another subject, source, figure or place, counted where the gold has none) and findings are
 * scored per reason for every topic, words left out, so a held-out topic shows where its errors lie. {@code --misses} lists what was missed or reported in excess.
 */
final class EvaluateCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        List<String> paths = Main.positional(args, "--hold-out");
        if (paths.isEmpty()) {
            paths = List.of("../shared/eval");
        }
        List<String> holdOut = Arrays.stream(Main.option(args, "--hold-out", "").split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
        List<Evaluation.TopicScore> scores = new ArrayList<>();
        for (String p : paths) {
            Path folder = root.resolve(p).normalize();
            if (!Files.isDirectory(folder)) {
                throw new Main.UsageException("no folder " + folder + ": name folders of annotated corpora");
            }
            try {
                scores.addAll(new Evaluation(root).evaluateAll(folder));
            } catch (Evaluation.GoldError e) {
                throw new Main.UsageException(e.getMessage());
            }
        }
        if (scores.isEmpty()) {
            throw new Main.UsageException("no annotated corpus (a folder with gold.json) below " + String.join(", ", paths));
        }
        for (String h : holdOut) {
            if (scores.stream().noneMatch(s -> s.topic().equals(h))) {
                throw new Main.UsageException("--hold-out names no topic \"" + h + "\"; the topics are "
                    + scores.stream().map(Evaluation.TopicScore::topic).toList());
            }
        }
        List<Evaluation.TopicScore> development = scores.stream().filter(s -> !holdOut.contains(s.topic())).toList();
        Map<String, Tally> claims = new TreeMap<>();
        Map<String, Tally> findings = new TreeMap<>();
        Map<String, Tally> reasons = new TreeMap<>();
        for (Evaluation.TopicScore s : development) {
            out.println("== " + s.topic());
            print(s.claims(), s.findings(), s.reasons(), out);
            Evaluation.BREAKDOWNS.forEach(b -> errors("  " + b + ": ", s.errors(b), out));
            if (args.contains("--misses")) {
                s.misses().forEach(m -> out.println("   " + m));
            }
            s.claims().forEach((k, v) -> claims.merge(k, v, Tally::plus));
            s.findings().forEach((k, v) -> findings.merge(k, v, Tally::plus));
            s.reasons().forEach((k, v) -> reasons.merge(k, v, Tally::plus));
        }
        out.println("== development total (" + development.size() + " topics" + (holdOut.isEmpty() ? "" : ", "
            + holdOut.size() + " held out") + ")");
        print(claims, findings, reasons, out);
        List<Evaluation.TopicScore> heldOut = holdOut.isEmpty() ? scores
            : scores.stream().filter(s -> holdOut.contains(s.topic())).toList();
        leaveOneOut(heldOut, holdOut.isEmpty(), out);
        io.factaudit.evaluation.Capabilities.print(out);
        return 0;
    }

    /** A topic's errors by kind, without words: "count errors: missed: not read 2; ...". */
    private static void errors(String label, Map<String, Integer> kinds, PrintStream out) {
        if (!kinds.isEmpty()) {
            out.println(label + String.join("; ", kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
    }

    private static void leaveOneOut(List<Evaluation.TopicScore> heldOut, boolean everyTopic, PrintStream out) {
        out.println("== leave one topic out (" + (everyTopic ? "each topic held out in turn" : "held out: "
            + String.join(", ", heldOut.stream().map(Evaluation.TopicScore::topic).toList())) + ")");
        for (Evaluation.TopicScore s : heldOut) {
            StringBuilder line = new StringBuilder("  " + s.topic() + ":");
            LeaveOneTopicOut.kinds(s).forEach((kind, t) -> line.append("  ").append(kind).append(" ")
                .append(Tally.ratio(t.precision())).append("/").append(Tally.ratio(t.recall())));
            out.println(line);
            if (!s.reasons().isEmpty()) {
                out.println("    reasons: " + LeaveOneTopicOut.reasons(s));
            }
            Evaluation.BREAKDOWNS.forEach(b -> errors("    " + b + ": ", s.errors(b), out));
        }
        out.println("  (precision/recall)  macro mean over held-out topics, and the worst topic:");
        for (LeaveOneTopicOut.KindSummary k : LeaveOneTopicOut.summarize(heldOut)) {
            out.printf("  %-14s mean precision %s recall %s   worst precision %s%s recall %s%s%n", k.kind(),
                Tally.ratio(k.meanPrecision()), Tally.ratio(k.meanRecall()), Tally.ratio(k.worstPrecision()),
                k.worstPrecisionTopic() == null ? "" : " (" + k.worstPrecisionTopic() + ")", Tally.ratio(k.worstRecall()),
                k.worstRecallTopic() == null ? "" : " (" + k.worstRecallTopic() + ")");
        }
    }

    private static void print(Map<String, Tally> claims, Map<String, Tally> findings, Map<String, Tally> reasons,
                              PrintStream out) {
        Tally allClaims = claims.values().stream().reduce(Tally.ZERO, Tally::plus);
        claims.forEach((kind, t) -> out.printf("  claims %-12s %s%n", kind, t.format()));
        out.printf("  claims %-12s %s%n", "(all)", allClaims.format());
        findings.forEach((sev, t) -> out.printf("  findings %-10s %s%n", sev, t.format()));
        reasons.forEach((reason, t) -> out.printf("  reason %-28s %s%n", reason, t.format()));
    }
}
