package org.advocacyledger.outcome.api;

import org.advocacyledger.shared.PartialDate;

/**
 * A described change of practice, in outcome-harvesting form: who changed ({@code changedBy}: a body or
 * group, never a private person), what changed ({@code change}), when ({@code date}), where (the outcome's
 * country), why it matters ({@code significance}), and an optional {@code source}.
 */
public record PracticeChange(String changedBy, String change, PartialDate date, String significance, String source) {

    public PracticeChange {
        date = PartialDate.orUnknown(date);
    }
}
