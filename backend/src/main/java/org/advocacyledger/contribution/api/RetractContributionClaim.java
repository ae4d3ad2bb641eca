package org.advocacyledger.contribution.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Retract a claim, with a reason: it leaves the timeline and lists but stays in history. */
public record RetractContributionClaim(
        @TargetAggregateIdentifier ClaimId claimId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) implements ContributionClaimCommand {
}
