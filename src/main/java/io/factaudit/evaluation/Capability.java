package io.factaudit.evaluation;

import java.util.List;

/** A capability of the reading (CheckList): many generated sentences that must all read alike. */
record Capability(String name, List<Probe> probes) {

    Capability {
        probes = List.copyOf(probes);
    }
}
