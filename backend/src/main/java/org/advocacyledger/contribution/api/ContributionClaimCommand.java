package org.advocacyledger.contribution.api;

/** Every command a contribution claim handles. */
public sealed interface ContributionClaimCommand permits ClaimContribution, CorrectContributionClaim, RetractContributionClaim,
        SubstantiateClaim {
    ClaimId claimId();
}
