package org.advocacyledger.action.api;

import java.util.List;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.shared.PartialDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Log an advocacy action within an existing campaign. */
public record LogAdvocacyAction(
        @TargetAggregateIdentifier ActionId actionId,
        CampaignId campaignId,
        String country,
        String issue,
        String actor,
        ActionType actionType,
        List<Framing> framings,
        List<LegalBasis> legalBases,
        Target target,
        PartialDate date,
        String description,
        String notes,
        List<String> evidence) implements AdvocacyActionCommand {
}
