package org.advocacyledger.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a partner organisation from the campaign (administrator, or the coordinating organisation). */
public record RemovePartner(@TargetAggregateIdentifier CampaignId campaignId, String organisation, Actor actor)
        implements CampaignCommand {
}
