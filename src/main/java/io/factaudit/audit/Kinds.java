package io.factaudit.audit;

import io.factaudit.check.Check;
import io.factaudit.check.CountCheck;
import io.factaudit.check.EventCheck;
import io.factaudit.check.MilestoneCheck;
import io.factaudit.check.QuoteCheck;
import io.factaudit.check.TitleCheck;
import io.factaudit.claim.ClaimReader;
import io.factaudit.claim.CountForms;
import io.factaudit.claim.CountReader;
import io.factaudit.claim.EventDateReader;
import io.factaudit.claim.QuoteReader;
import io.factaudit.claim.StateReader;
import io.factaudit.claim.TitleReader;
import java.util.List;

/** The kinds of fact the sheet language has: each a claim reader and a check. */
public final class Kinds {

    private Kinds() {
    }

    /** The reader of every kind of claim (the audit's, and the drafting of a sheet from a corpus). */
    public static List<ClaimReader> readers() {
        return List.of(new CountForms(new CountReader()), new StateReader(), new EventDateReader(), new QuoteReader(), new TitleReader());
    }

    static List<Check> checks() {
        return List.of(new CountCheck(), new MilestoneCheck(), new EventCheck(), new QuoteCheck(), new TitleCheck());
    }
}
