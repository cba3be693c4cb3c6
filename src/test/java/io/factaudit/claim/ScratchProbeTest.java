package io.factaudit.claim;

import io.factaudit.sheet.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        Facts f = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
            new Event("the utility cut power", LocalDate.of(2025, 3, 4), List.of("cut power", "shut off power", "power cut"), new FactLocation("f", 1)),
            new Event("schools closed", LocalDate.of(2025, 3, 3), List.of("closed schools", "closed the schools"), new FactLocation("f", 2)),
            new Event("the offensive began", LocalDate.of(2025, 3, 1), List.of("offensive began"), new FactLocation("f", 3))), Policy.DEFAULT);
        for (String line : Files.readAllLines(Path.of("/tmp/dprobe/in.txt"))) {
            if (line.isBlank()) continue;
            var doc = Sheets.article(line, "2025-03-06");
            StringBuilder sb = new StringBuilder(line + "\n");
            for (DateDecision d : new EventDateReader().decisions(doc, f)) {
                sb.append("   ").append(d.event()).append(" | ").append(d.isClaim() ? d.claim().from() + ".." + d.claim().to() + " " + d.way() : d.reason()).append("\n");
            }
            System.out.print(sb);
        }
    }
}
