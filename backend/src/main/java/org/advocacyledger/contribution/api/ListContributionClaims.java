package org.advocacyledger.contribution.api;

/** Claims that are not retracted, oldest first, filtered by campaign, an action they cite, or their target. */
public record ListContributionClaims(String campaignId, String actionId, String targetId, int page, int size,
        java.util.Collection<String> campaignScope) {

    /** Unscoped: every campaign. {@code campaignScope}, when not null, limits results to those campaigns. */
    public ListContributionClaims(String campaignId, String actionId, String targetId, int page, int size) {
        this(campaignId, actionId, targetId, page, size, null);
    }
}
