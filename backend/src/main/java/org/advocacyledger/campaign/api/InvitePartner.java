package org.advocacyledger.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Invite a partner organisation into the campaign (administrator, or the coordinating organisation). */
public record InvitePartner(@TargetAggregateIdentifier CampaignId campaignId, String organisation, Actor actor)
        implements CampaignCommand {
}
