package org.advocacyledger.contribution.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Correct a claim (all of it again, not its campaign), with a reason. */
public record CorrectContributionClaim(
        @TargetAggregateIdentifier ClaimId claimId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> actionIds,
        ClaimTargetType targetType,
        String targetId,
        ClaimStrength strength,
        String explanation,
        String evidence,
        List<String> evidenceLinks,
        String reason) implements ContributionClaimCommand {
}
