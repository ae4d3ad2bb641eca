package org.advocacyledger.reform.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Retract a reform, with a reason: it leaves the timeline and lists but stays in history. */
public record RetractLegalReform(
        @TargetAggregateIdentifier ReformId reformId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) implements LegalReformCommand {
}
