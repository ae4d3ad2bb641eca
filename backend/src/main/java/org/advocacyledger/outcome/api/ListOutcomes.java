package org.advocacyledger.outcome.api;

/** Outcomes that are not retracted, in date order (UNKNOWN last), optionally filtered. */
public record ListOutcomes(String campaignId, String country, OutcomeKind kind, OutcomeMetric metric, int page, int size) {
}
