package io.factaudit.steps;

import io.factaudit.audit.AuditSession;
import io.factaudit.input.Problems;
import java.nio.file.Path;

/** The one audit session of a Cucumber run, shared by every scenario and by the report plugin. */
final class AuditRun {

    private static volatile AuditSession session;

    private AuditRun() {
    }

    /** A new run starts afresh (several runs may share one JVM, as in the harness's own tests). */
    static synchronized void reset() {
        session = null;
    }

    static AuditSession session() {
        AuditSession s = session;
        if (s == null) {
            synchronized (AuditRun.class) {
                if (session == null) {
                    session = AuditSession.open(root(), new Problems());
                }
                s = session;
            }
        }
        return s;
    }

    /** The project root: set by the build, else the working directory. */
    static Path root() {
        String p = System.getProperty("fact-audit.project");
        return Path.of(p == null || p.isBlank() ? "." : p).toAbsolutePath().normalize();
    }
}
