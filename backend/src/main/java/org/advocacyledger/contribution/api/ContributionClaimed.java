package org.advocacyledger.contribution.api;

import java.util.List;

import org.advocacyledger.campaign.api.CampaignId;
import org.axonframework.serialization.Revision;

/** Some actions were claimed to have contributed to a reform or an outcome. */
@Revision("1")
public record ContributionClaimed(
        ClaimId claimId,
        CampaignId campaignId,
        List<String> actionIds,
        ClaimTargetType targetType,
        String targetId,
        ClaimStrength strength,
        String explanation,
        String evidence,
        List<String> evidenceLinks) implements ContributionClaimEvent {
}
