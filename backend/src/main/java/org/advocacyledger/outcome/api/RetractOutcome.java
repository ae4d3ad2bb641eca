package org.advocacyledger.outcome.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Retract an outcome, with a reason: it leaves the timeline and lists but stays in history. */
public record RetractOutcome(
        @TargetAggregateIdentifier OutcomeId outcomeId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) implements OutcomeCommand {
}
