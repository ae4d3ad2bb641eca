package org.advocacyledger.reform.api;

import org.advocacyledger.shared.PartialDate;
import org.axonframework.serialization.Revision;

/** The date and comment of the stage recorded at {@code stageVersion} were corrected, and why. */
@Revision("1")
public record ReformStageCorrected(
        ReformId reformId,
        long stageVersion,
        PartialDate date,
        String comment,
        String reason) implements LegalReformEvent {

    public ReformStageCorrected {
        date = PartialDate.orUnknown(date);
    }
}
