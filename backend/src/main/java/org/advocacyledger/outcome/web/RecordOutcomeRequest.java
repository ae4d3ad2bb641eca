package org.advocacyledger.outcome.web;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeId;
import org.advocacyledger.outcome.api.PracticeChange;
import org.advocacyledger.outcome.api.RecordOutcome;

/** Body of {@code POST /api/outcomes}: exactly one of {@code measurement} and {@code practiceChange}. */
record RecordOutcomeRequest(String campaignId, String country, Measurement measurement, PracticeChange practiceChange) {

    RecordOutcome toCommand(OutcomeId id) {
        return new RecordOutcome(id, campaignId == null || campaignId.isBlank() ? null : new CampaignId(campaignId),
                country, measurement, practiceChange);
    }
}
