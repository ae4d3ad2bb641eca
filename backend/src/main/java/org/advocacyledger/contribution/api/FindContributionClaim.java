package org.advocacyledger.contribution.api;

/** One claim by id (retracted ones too); answers null when there is none. */
public record FindContributionClaim(ClaimId claimId) {
}
