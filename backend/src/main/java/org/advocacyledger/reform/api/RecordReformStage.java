package org.advocacyledger.reform.api;

import org.advocacyledger.shared.PartialDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move a reform to its next stage (or plan it: {@code planned} allows a future date). */
public record RecordReformStage(
        @TargetAggregateIdentifier ReformId reformId,
        @TargetAggregateVersion Long expectedVersion,
        ReformStage stage,
        PartialDate date,
        boolean planned,
        String comment) implements LegalReformCommand {
}
