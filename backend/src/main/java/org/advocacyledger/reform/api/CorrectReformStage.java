package org.advocacyledger.reform.api;

import org.advocacyledger.shared.PartialDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Correct the date and comment of one recorded stage, named by {@code stageVersion} (the version of the
 * event that recorded it), with a reason. The stage itself is not changed: a wrong stage is retracted with
 * its reform and recorded again.
 */
public record CorrectReformStage(
        @TargetAggregateIdentifier ReformId reformId,
        @TargetAggregateVersion Long expectedVersion,
        Long stageVersion,
        PartialDate date,
        String comment,
        String reason) implements LegalReformCommand {
}
