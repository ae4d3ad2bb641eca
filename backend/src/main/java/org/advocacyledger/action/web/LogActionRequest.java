package org.advocacyledger.action.web;

import java.util.List;

import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.LogAdvocacyAction;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.shared.PartialDate;

/** Body of {@code POST /api/actions}. The action's rules are checked by the aggregate. */
record LogActionRequest(String campaignId, String country, String issue, String actor, ActionType actionType,
                        List<Framing> framings, List<LegalBasis> legalBases, Target target, PartialDate date,
                        String description, String notes, List<String> evidence) {

    LogAdvocacyAction toCommand(ActionId id) {
        return new LogAdvocacyAction(id, campaignId == null || campaignId.isBlank() ? null : new CampaignId(campaignId),
                country, issue, actor, actionType, framings, legalBases, target, date, description, notes, evidence);
    }
}
