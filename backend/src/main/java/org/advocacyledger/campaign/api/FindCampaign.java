package org.advocacyledger.campaign.api;

/** One campaign by id; answers null when there is none. */
public record FindCampaign(CampaignId campaignId) {
}
