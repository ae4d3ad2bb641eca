package org.advocacyledger.campaign.api;

/** Every event a campaign has recorded. Names and fields are permanent (see docs/events.md). */
public sealed interface CampaignEvent permits CampaignLaunched, CampaignCoordinatorAppointed, CampaignPartnerInvited, CampaignPartnerRemoved {
    CampaignId campaignId();
}
