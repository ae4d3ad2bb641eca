package org.advocacyledger.action.api;

import java.util.List;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.shared.PartialDate;
import org.axonframework.serialization.Revision;

/** An advocacy action was logged. Who logged it and when are in the event's metadata and timestamp. */
@Revision("1")
public record AdvocacyActionLogged(
        ActionId actionId,
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
        List<String> evidence) implements AdvocacyActionEvent {

    public AdvocacyActionLogged {
        date = PartialDate.orUnknown(date);
    }
}
