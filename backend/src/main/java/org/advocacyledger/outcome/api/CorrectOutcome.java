package org.advocacyledger.outcome.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Correct an outcome (all of it again, not its campaign; its form may change), with a reason. */
public record CorrectOutcome(
        @TargetAggregateIdentifier OutcomeId outcomeId,
        @TargetAggregateVersion Long expectedVersion,
        String country,
        Measurement measurement,
        PracticeChange practiceChange,
        String reason) implements OutcomeCommand {
}
