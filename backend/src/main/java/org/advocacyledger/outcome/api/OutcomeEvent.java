package org.advocacyledger.outcome.api;

/** Every event an outcome has recorded. Names and fields are permanent (see docs/events.md). */
public sealed interface OutcomeEvent permits OutcomeRecorded, OutcomeCorrected, OutcomeRetracted {
    OutcomeId outcomeId();
}
