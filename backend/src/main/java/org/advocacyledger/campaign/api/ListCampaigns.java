package org.advocacyledger.campaign.api;

/** All campaigns, newest first. */
public record ListCampaigns() {
}
