package org.advocacyledger.outcome.api;

/** One outcome by id (retracted ones too); answers null when there is none. */
public record FindOutcome(OutcomeId outcomeId) {
}
