package io.factaudit.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The topics held out, each scored as the one topic the rules were not developed on: per kind of
 * claim and severity of finding, the macro mean over the held-out topics (each topic weighs the same,
 * topics with nothing of that kind left out) and the worst topic.
 */
public final class LeaveOneTopicOut {

    /** A kind's figures over the held-out topics; NaN (printed n/a) where no topic had any. */
    public record KindSummary(String kind, double meanPrecision, double meanRecall, String worstPrecisionTopic,
                              double worstPrecision, String worstRecallTopic, double worstRecall) {
    }

    private LeaveOneTopicOut() {
    }

    /** The tally of each kind ("count", "state", ...) and severity ("contradiction", ...) of one topic. */
    public static Map<String, Tally> kinds(Evaluation.TopicScore topic) {
        Map<String, Tally> all = new TreeMap<>(topic.claims());
        topic.findings().forEach((severity, tally) -> all.merge(severity, tally, Tally::plus));
        return all;
    }

    /**
     * A held-out topic's findings per reason ("wrong title 0.50/1.00 (1/2, 1/1)"): precision and recall with
     * their matched and total items, no words of an article, so a false reason shows without being read.
     */
    public static String reasons(Evaluation.TopicScore topic) {
        return String.join("; ", new TreeMap<>(topic.reasons()).entrySet().stream().map(e -> {
            Tally t = e.getValue();
            return e.getKey() + " " + Tally.ratio(t.precision()) + "/" + Tally.ratio(t.recall()) + " ("
                + t.reportedMatched() + "/" + t.reported() + ", " + t.goldMatched() + "/" + t.gold() + ")";
        }).toList());
    }

    public static List<KindSummary> summarize(List<Evaluation.TopicScore> heldOut) {
        List<String> kinds = heldOut.stream().flatMap(t -> kinds(t).keySet().stream()).distinct().sorted().toList();
        List<KindSummary> summaries = new ArrayList<>();
        for (String kind : kinds) {
            List<Evaluation.TopicScore> having = heldOut.stream().filter(t -> kinds(t).containsKey(kind)).toList();
            Worst p = worst(having, kind, Tally::precision);
            Worst r = worst(having, kind, Tally::recall);
            summaries.add(new KindSummary(kind, mean(having, kind, Tally::precision), mean(having, kind, Tally::recall),
                p.topic(), p.value(), r.topic(), r.value()));
        }
        return summaries;
    }

    private record Worst(String topic, double value) {
    }

    private static double mean(List<Evaluation.TopicScore> topics, String kind, ToDoubleFunction<Tally> measure) {
        return topics.stream().mapToDouble(t -> measure.applyAsDouble(kinds(t).get(kind))).filter(v -> !Double.isNaN(v))
            .average().orElse(Double.NaN);
    }

    private static Worst worst(List<Evaluation.TopicScore> topics, String kind, ToDoubleFunction<Tally> measure) {
        Worst worst = new Worst(null, Double.NaN);
        for (Evaluation.TopicScore t : topics) {
            double v = measure.applyAsDouble(kinds(t).get(kind));
            if (!Double.isNaN(v) && (worst.topic() == null || v < worst.value())) {
                worst = new Worst(t.topic(), v);
            }
        }
        return worst;
    }
}
