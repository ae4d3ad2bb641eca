package org.advocacyledger.outcome.web;

import org.advocacyledger.outcome.api.CorrectOutcome;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeId;
import org.advocacyledger.outcome.api.PracticeChange;

/** Body of {@code PUT /api/outcomes/{id}}: the whole corrected outcome and the reason. */
record CorrectOutcomeRequest(String country, Measurement measurement, PracticeChange practiceChange, String reason) {

    CorrectOutcome toCommand(OutcomeId id, Long expectedVersion) {
        return new CorrectOutcome(id, expectedVersion, country, measurement, practiceChange, reason);
    }
}
