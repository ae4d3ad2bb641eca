package org.advocacyledger.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make an organisation the campaign's coordinator: an administrator, or a coordinator for their own organisation while the campaign has none. */
public record AppointCoordinator(@TargetAggregateIdentifier CampaignId campaignId, String organisation, Actor actor)
        implements CampaignCommand {
}
