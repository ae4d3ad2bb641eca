package org.advocacyledger.contribution.api;

/** Claims that are not retracted, oldest first, filtered by campaign, an action they cite, or their target. */
public record ListContributionClaims(String campaignId, String actionId, String targetId, int page, int size) {
}
