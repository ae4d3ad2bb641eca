package org.advocacyledger.outcome.api;

import org.axonframework.serialization.Revision;

/** An outcome was retracted (it should not have been recorded); it stays in history. */
@Revision("1")
public record OutcomeRetracted(OutcomeId outcomeId, String reason) implements OutcomeEvent {
}
