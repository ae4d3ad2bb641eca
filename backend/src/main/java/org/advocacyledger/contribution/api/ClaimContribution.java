package org.advocacyledger.contribution.api;

import java.util.List;

import org.advocacyledger.campaign.api.CampaignId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Claim that the actions {@code actionIds} contributed to the reform or outcome {@code targetId}, with a
 * strength, an explanation of how, the evidence (text) and evidence links.
 */
public record ClaimContribution(
        @TargetAggregateIdentifier ClaimId claimId,
        CampaignId campaignId,
        List<String> actionIds,
        ClaimTargetType targetType,
        String targetId,
        ClaimStrength strength,
        String explanation,
        String evidence,
        List<String> evidenceLinks) implements ContributionClaimCommand {
}
