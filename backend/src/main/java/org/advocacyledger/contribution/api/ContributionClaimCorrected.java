package org.advocacyledger.contribution.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/** A claim was corrected: all of it as it now stands, and why. */
@Revision("1")
public record ContributionClaimCorrected(
        ClaimId claimId,
        List<String> actionIds,
        ClaimTargetType targetType,
        String targetId,
        ClaimStrength strength,
        String explanation,
        String evidence,
        List<String> evidenceLinks,
        String reason) implements ContributionClaimEvent {
}
