package org.advocacyledger.outcome.api;

import org.axonframework.serialization.Revision;

/** An outcome was corrected: all of it as it now stands, and why. */
@Revision("1")
public record OutcomeCorrected(
        OutcomeId outcomeId,
        String country,
        Measurement measurement,
        PracticeChange practiceChange,
        String reason) implements OutcomeEvent {
}
