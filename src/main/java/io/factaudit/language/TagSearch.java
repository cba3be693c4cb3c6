package io.factaudit.language;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * The part-of-speech tags OpenNLP's tagger gives a sentence, searched as it searches them (a beam
 * of the best tag sequences, the same scores, the same order among equal scores), with less work
 * per word: the beam's cut-off is the k-th best score found in one pass, not a sorted copy; a
 * sequence keeps its parent and its last tag, not a copy of every tag; and two sequences of the
 * beam that give the model the same context (they differ only in tags it does not look at) are
 * scored once. A model this search does not know (not a maxent model, or tags to convert) is
 * tagged by OpenNLP's own tagger. Not thread-safe: one per thread.
 */
final class TagSearch {

    /** OpenNLP's beam when the model's manifest names none. */
    private static final int DEFAULT_BEAM = 3;
    /** The lowest score a sequence may reach, as OpenNLP's beam search has it. */
    private static final double LOWEST_SCORE = -100000;

    private final POSTaggerME fallback;
    private final MaxentModel model;
    private final int size;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probs;
    /** The contexts and scores of the sequences extended at the current word, to score a repeated context once. */
    private final String[][] seenContexts;
    private final double[][] seenScores;

    TagSearch(POSModel tags) {
        Object artifact = tags.getArtifact("pos.model");
        String beam = tags.getManifestProperty("BeamSize");
        boolean own = artifact instanceof MaxentModel && POSTagFormatMapper.guessFormat(tags) == POSTagFormat.UD;
        this.fallback = own ? null : new POSTaggerME(tags);
        this.model = own ? (MaxentModel) artifact : null;
        this.size = beam == null ? DEFAULT_BEAM : Integer.parseInt(beam);
        this.contexts = tags.getFactory().getPOSContextGenerator(size);
        this.validator = tags.getFactory().getSequenceValidator();
        this.probs = own ? new double[model.getNumOutcomes()] : null;
        this.seenContexts = new String[size][];
        this.seenScores = new double[size][];
    }

    /** The tag of each word, as {@code POSTaggerME.tag} gives them. */
    String[] tag(String[] words) {
        if (fallback != null) {
            return fallback.tag(words);
        }
        Queue<Node> prev = new PriorityQueue<>(size);
        Queue<Node> next = new PriorityQueue<>(size);
        prev.add(Node.ROOT);
        Object[] none = new Object[0];
        for (int i = 0; i < words.length; i++) {
            int extended = Math.min(size, prev.size());
            int seen = 0;
            for (int sc = 0; !prev.isEmpty() && sc < extended; sc++) {
                Node top = prev.remove();
                String[] outcomes = top.outcomes();
                String[] context = contexts.getContext(i, words, outcomes, none);
                double[] scores = null;
                for (int k = 0; k < seen && scores == null; k++) {
                    scores = Arrays.equals(seenContexts[k], context) ? seenScores[k] : null;
                }
                if (scores == null) {
                    scores = model.eval(context, probs).clone();
                    seenContexts[seen] = context;
                    seenScores[seen++] = scores;
                }
                double min = lowestKept(scores);
                extend(top, i, words, outcomes, scores, min, false, next);
                if (next.isEmpty()) { // nothing advanced: every valid tag does
                    extend(top, i, words, outcomes, scores, min, true, next);
                }
            }
            prev.clear();
            Queue<Node> swap = prev;
            prev = next;
            next = swap;
        }
        return prev.isEmpty() ? null : prev.remove().outcomes();
    }

    private void extend(Node top, int i, String[] words, String[] outcomes, double[] scores, double min, boolean all,
                        Queue<Node> next) {
        for (int p = 0; p < scores.length; p++) {
            if (all || scores[p] >= min) {
                String out = model.getOutcome(p);
                if (validator.validSequence(i, words, outcomes, out)) {
                    Node n = new Node(top, out, top.score + StrictMath.log(scores[p]), top.length + 1);
                    if (n.score > LOWEST_SCORE) {
                        next.add(n);
                    }
                }
            }
        }
    }

    /**
     * The beam's cut-off: the {@code size}-th largest score counting repeats (the least score
     * when there are no more), the element a sorted copy would hold at {@code length - size}.
     */
    private double lowestKept(double[] scores) {
        if (scores.length <= size) {
            double least = scores[0];
            for (double s : scores) {
                least = Double.compare(s, least) < 0 ? s : least;
            }
            return least;
        }
        double[] best = new double[size]; // descending, the Double.compare order Arrays.sort uses
        int held = 0;
        for (double s : scores) {
            int at = held;
            while (at > 0 && Double.compare(s, best[at - 1]) > 0) {
                at--;
            }
            if (at < size) {
                System.arraycopy(best, at, best, at + 1, Math.min(held, size - 1) - at);
                best[at] = s;
                held = Math.min(held + 1, size);
            }
        }
        return best[size - 1];
    }

    /** A tag sequence as a chain: its last tag, its parent and its score (the sum of its tags' log probabilities). */
    private static final class Node implements Comparable<Node> {
        static final Node ROOT = new Node(null, null, 0, 0);

        final Node parent;
        final String tag;
        final double score;
        final int length;

        Node(Node parent, String tag, double score, int length) {
            this.parent = parent;
            this.tag = tag;
            this.score = score;
            this.length = length;
        }

        String[] outcomes() {
            String[] out = new String[length];
            Node n = this;
            for (int i = length - 1; i >= 0; i--) {
                out[i] = n.tag;
                n = n.parent;
            }
            return out;
        }

        /** Higher scores first, as OpenNLP's sequences order. */
        @Override
        public int compareTo(Node other) {
            return Double.compare(other.score, score);
        }
    }
}
