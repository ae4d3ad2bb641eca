package org.advocacyledger.reform.api;

import org.advocacyledger.shared.PartialDate;
import org.axonframework.serialization.Revision;

/** A reform reached a stage on a date (or, when {@code planned}, is expected to reach it then). */
@Revision("1")
public record ReformStageRecorded(
        ReformId reformId,
        ReformStage stage,
        PartialDate date,
        boolean planned,
        String comment) implements LegalReformEvent {

    public ReformStageRecorded {
        date = PartialDate.orUnknown(date);
    }
}
