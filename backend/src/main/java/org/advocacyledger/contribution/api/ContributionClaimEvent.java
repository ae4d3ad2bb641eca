package org.advocacyledger.contribution.api;

/** Every event a contribution claim has recorded. Names and fields are permanent (see docs/events.md). */
public sealed interface ContributionClaimEvent permits ContributionClaimed, ContributionClaimCorrected, ContributionClaimRetracted,
        ContributionClaimSubstantiated {
    ClaimId claimId();
}
