package org.advocacyledger.contribution.web;

import java.util.List;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.contribution.api.ClaimContribution;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;

/** Body of {@code POST /api/contributions}. */
record ClaimContributionRequest(String campaignId, List<String> actionIds, ClaimTargetType targetType, String targetId,
                                ClaimStrength strength, String explanation, String evidence, List<String> evidenceLinks) {

    ClaimContribution toCommand(ClaimId id) {
        return new ClaimContribution(id, campaignId == null || campaignId.isBlank() ? null : new CampaignId(campaignId),
                actionIds, targetType, targetId, strength, explanation, evidence, evidenceLinks);
    }
}
