package org.advocacyledger.campaign.api;

import java.time.Instant;
import java.util.List;

/** A campaign as listed, with the version of its last event (its ETag). */
public record CampaignSummary(
        String id,
        String name,
        List<String> countries,
        List<String> issues,
        String goal,
        Instant launchedAt,
        String launchedBy,
        long version) {
}
