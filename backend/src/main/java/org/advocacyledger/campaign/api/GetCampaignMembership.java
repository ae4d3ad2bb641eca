package org.advocacyledger.campaign.api;

/** Which organisations coordinate and partner a campaign; answers null when there is no such campaign. */
public record GetCampaignMembership(String campaignId) {
}
