package org.advocacyledger.campaign.api;

/** Ids of the campaigns an organisation coordinates or partners (organisation null: campaigns without coordinator). */
public record ListVisibleCampaignIds(String organisation) {
}
