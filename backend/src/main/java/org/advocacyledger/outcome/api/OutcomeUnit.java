package org.advocacyledger.outcome.api;

/** What a measured figure counts in. */
public enum OutcomeUnit {
    PERSONS, CASES
}
