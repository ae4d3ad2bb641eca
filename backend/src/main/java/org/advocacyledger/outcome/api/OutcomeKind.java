package org.advocacyledger.outcome.api;

/** The two forms of outcome. */
public enum OutcomeKind {
    MEASURED, PRACTICE_CHANGE
}
