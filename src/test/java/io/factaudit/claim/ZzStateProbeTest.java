package io.factaudit.claim;

import io.factaudit.language.Document;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZzStateProbeTest {
    @Test
    void probe() throws Exception {
        for (String line : Files.readAllLines(Path.of("/tmp/states-probe/in.txt"))) {
            if (line.isBlank()) continue;
            String[] p = line.split("\\|");
            String[] spell = p[1].split(";");
            String[] st = p[2].split(";");
            Name name = new Name(p[0].strip(), List.of(spell).stream().map(String::strip).toList(), new FactLocation("f", 1));
            Milestone m = new Milestone(p[0].strip(), st[0].strip(), LocalDate.of(2025, 3, 10),
                List.of(st).subList(1, st.length).stream().map(String::strip).toList(), new FactLocation("f", 2));
            Facts f = new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
            Document d = Sheets.article(p[3].strip().replace(" ¶ ", "\n\n"), "2025-03-20");
            List<String> got = new StateReader().read(d, f).stream().map(StateClaim.class::cast)
                .map(c -> (c.negated() ? "NEG" : "AFF") + (c.ended() ? "/ended" : "") + " [" + c.text() + "]").toList();
            System.out.println("PROBE " + p[3].strip() + "  =>  " + got);
        }
    }
}
