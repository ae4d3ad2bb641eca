package org.advocacyledger.reform.api;

import org.advocacyledger.campaign.api.CampaignId;
import org.axonframework.serialization.Revision;

/** A legal reform was recorded (its first stage follows as {@link ReformStageRecorded}). */
@Revision("1")
public record LegalReformRecorded(
        ReformId reformId,
        CampaignId campaignId,
        String country,
        String instrument,
        ReformKind kind,
        String summary,
        String citation,
        String description,
        ReformDirection direction) implements LegalReformEvent {
}
