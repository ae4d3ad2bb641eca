package org.advocacyledger.campaign.api;

/** Every command a campaign handles. */
public sealed interface CampaignCommand permits LaunchCampaign, AppointCoordinator, InvitePartner, RemovePartner {
    CampaignId campaignId();
}
