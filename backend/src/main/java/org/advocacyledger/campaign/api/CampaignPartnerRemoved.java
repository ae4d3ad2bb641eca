package org.advocacyledger.campaign.api;

import org.axonframework.serialization.Revision;

/** A partner organisation left the campaign: its users no longer see it. */
@Revision("1")
public record CampaignPartnerRemoved(CampaignId campaignId, String organisation) implements CampaignEvent {
}
