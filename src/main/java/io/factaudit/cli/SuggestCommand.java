package io.factaudit.cli;

import io.factaudit.draft.Disagreement;
import io.factaudit.draft.Draft;
import io.factaudit.draft.DraftSheet;
import io.factaudit.draft.Drafter;
import io.factaudit.input.Problems;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code suggest <sheet or folder> [--out draft.feature] [--names-only]}: drafts a fact sheet from
 * the articles (a sheet that may hold only its articles and names, or a folder of articles), and
 * lists where the articles disagree with each other. Without {@code --out} the draft is printed.
 * {@code --score} compares the draft's estimate rows with the sheet's own and audits the corpus with the draft.
 */
final class SuggestCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        List<String> paths = Main.positional(args, "--out");
        if (paths.isEmpty()) {
            throw new Main.UsageException("name a sheet or a folder of articles: suggest features/x.feature"
                + " [--out draft.feature] [--names-only]");
        }
        Path input = root.resolve(paths.get(0)).toAbsolutePath().normalize();
        if (!Files.exists(input)) {
            throw new Main.UsageException("there is no sheet or folder at " + paths.get(0));
        }
        String outOption = Main.option(args, "--out", null);
        Path target = outOption == null ? null : root.resolve(outOption).toAbsolutePath().normalize();
        Problems problems = new Problems();
        Drafter drafter = new Drafter(root);
        Draft draft = Files.isDirectory(input) ? drafter.fromFolder(input, problems)
            : drafter.fromSheet(input, args.contains("--names-only"), problems);
        Path folder = target != null ? target.getParent() : Files.isDirectory(input) ? input : input.getParent();
        String sheet = new DraftSheet(draft, folder).text();
        if (target == null) {
            out.print(sheet);
        } else {
            Files.createDirectories(folder);
            Files.writeString(target, sheet, StandardCharsets.UTF_8);
            out.println("wrote " + outOption + ": " + draft.estimates().size() + " estimates, " + draft.milestones().size()
                + " milestones, " + draft.quotes().size() + " quotes, " + draft.people().size() + " people, "
                + draft.events().size() + " events, from " + draft.articleCount() + " articles");
        }
        out.println();
        out.println("# where the articles disagree (" + draft.disagreements().size() + ")");
        for (Disagreement d : draft.disagreements()) {
            out.println("# " + d.describe().replace("\n", "\n# "));
        }
        if (args.contains("--score") && target != null && !Files.isDirectory(input)) {
            io.factaudit.draft.DraftScore score = io.factaudit.draft.DraftScore.of(root, draft, target, input, problems);
            out.println("# score against " + paths.get(0) + ": " + score.describe());
            score.details().forEach(d -> out.println("#     " + d));
        } else if (args.contains("--score")) {
            out.println("# --score needs a sheet and --out: the draft is audited from its file");
        }
        problems.all().forEach(p -> out.println("# " + p.format()));
        return 0;
    }
}
