package org.advocacyledger.action.api;

/**
 * Actions that are not retracted, in date order (the timeline's rule: UNKNOWN last), filtered by any of campaign, country,
 * issue and framing (a top-level kind or an avenue); {@code page} counts from 0.
 */
public record ListAdvocacyActions(String campaignId, String country, String issue, String framing, int page, int size,
        java.util.Collection<String> campaignScope) {

    /** Unscoped: every campaign. {@code campaignScope}, when not null, limits results to those campaigns. */
    public ListAdvocacyActions(String campaignId, String country, String issue, String framing, int page, int size) {
        this(campaignId, country, issue, framing, page, size, null);
    }
}
