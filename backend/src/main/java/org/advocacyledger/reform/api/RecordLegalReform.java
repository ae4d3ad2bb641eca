package org.advocacyledger.reform.api;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.shared.PartialDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a legal reform within a campaign, at its first known stage ({@code stage} on {@code stageDate};
 * {@code stagePlanned} when that stage is only planned, which allows a future date).
 */
public record RecordLegalReform(
        @TargetAggregateIdentifier ReformId reformId,
        CampaignId campaignId,
        String country,
        String instrument,
        ReformKind kind,
        String summary,
        String citation,
        String description,
        ReformDirection direction,
        ReformStage stage,
        PartialDate stageDate,
        boolean stagePlanned,
        String stageComment) implements LegalReformCommand {
}
