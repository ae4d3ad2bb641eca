package org.advocacyledger.campaign.api;

import java.time.Instant;
import java.util.List;

/** A campaign as listed, with its coordinating and partner organisations and the version of its last event (its ETag). */
public record CampaignSummary(
        String id,
        String name,
        List<String> countries,
        List<String> issues,
        String goal,
        Instant launchedAt,
        String launchedBy,
        long version,
        String coordinator,
        List<String> partners) {

    public CampaignSummary(String id, String name, List<String> countries, List<String> issues, String goal, Instant launchedAt,
                           String launchedBy, long version) {
        this(id, name, countries, issues, goal, launchedAt, launchedBy, version, null, List.of());
    }

    public CampaignMembership membership() {
        return new CampaignMembership(id, coordinator, partners);
    }
}
