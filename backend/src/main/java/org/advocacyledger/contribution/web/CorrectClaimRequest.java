package org.advocacyledger.contribution.web;

import java.util.List;

import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.CorrectContributionClaim;

/** Body of {@code PUT /api/contributions/{id}}: the whole corrected claim and the reason. */
record CorrectClaimRequest(List<String> actionIds, ClaimTargetType targetType, String targetId, ClaimStrength strength,
                           String explanation, String evidence, List<String> evidenceLinks, String reason) {

    CorrectContributionClaim toCommand(ClaimId id, Long expectedVersion) {
        return new CorrectContributionClaim(id, expectedVersion, actionIds, targetType, targetId, strength, explanation,
                evidence, evidenceLinks, reason);
    }
}
