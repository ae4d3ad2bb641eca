package org.advocacyledger.outcome.api;

import org.advocacyledger.campaign.api.CampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an outcome within a campaign: exactly one of {@code measurement} and {@code practiceChange}. */
public record RecordOutcome(
        @TargetAggregateIdentifier OutcomeId outcomeId,
        CampaignId campaignId,
        String country,
        Measurement measurement,
        PracticeChange practiceChange) implements OutcomeCommand {
}
