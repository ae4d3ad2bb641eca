package org.advocacyledger.campaign.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A campaign was launched. Who launched it and when are in the event's metadata and timestamp. */
@Revision("1")
public record CampaignLaunched(
        CampaignId campaignId,
        String name,
        List<String> countries,
        List<String> issues,
        String goal) implements CampaignEvent {
}
