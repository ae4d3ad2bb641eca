package org.advocacyledger.campaign.api;

import org.axonframework.serialization.Revision;

/** A partner organisation joined the campaign: its users may follow the campaign's timeline. */
@Revision("1")
public record CampaignPartnerInvited(CampaignId campaignId, String organisation) implements CampaignEvent {
}
