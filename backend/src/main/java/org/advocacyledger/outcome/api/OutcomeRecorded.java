package org.advocacyledger.outcome.api;

import org.advocacyledger.campaign.api.CampaignId;
import org.axonframework.serialization.Revision;

/** An outcome was recorded: a measured figure or a change of practice (the other is null). */
@Revision("1")
public record OutcomeRecorded(
        OutcomeId outcomeId,
        CampaignId campaignId,
        String country,
        Measurement measurement,
        PracticeChange practiceChange) implements OutcomeEvent {
}
