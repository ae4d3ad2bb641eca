package org.advocacyledger.outcome.api;

/** Outcomes that are not retracted, in date order (UNKNOWN last), optionally filtered. */
public record ListOutcomes(String campaignId, String country, OutcomeKind kind, OutcomeMetric metric, int page, int size,
        java.util.Collection<String> campaignScope) {

    /** Unscoped: every campaign. {@code campaignScope}, when not null, limits results to those campaigns. */
    public ListOutcomes(String campaignId, String country, OutcomeKind kind, OutcomeMetric metric, int page, int size) {
        this(campaignId, country, kind, metric, page, size, null);
    }
}
