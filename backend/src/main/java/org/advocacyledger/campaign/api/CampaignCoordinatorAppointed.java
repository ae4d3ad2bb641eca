package org.advocacyledger.campaign.api;

import org.axonframework.serialization.Revision;

/** An organisation became the campaign's coordinator: its coordinators may change the campaign and its records. */
@Revision("1")
public record CampaignCoordinatorAppointed(CampaignId campaignId, String organisation) implements CampaignEvent {
}
