package org.advocacyledger.contribution.api;

import org.axonframework.serialization.Revision;

/** A claim was retracted (withdrawn); it stays in history. */
@Revision("1")
public record ContributionClaimRetracted(ClaimId claimId, String reason) implements ContributionClaimEvent {
}
