package org.advocacyledger.outcome.api;

/** Every command an outcome handles. */
public sealed interface OutcomeCommand permits RecordOutcome, CorrectOutcome, RetractOutcome {
    OutcomeId outcomeId();
}
