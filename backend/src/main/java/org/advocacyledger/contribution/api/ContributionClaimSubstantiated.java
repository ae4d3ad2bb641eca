package org.advocacyledger.contribution.api;

import org.axonframework.serialization.Revision;

/**
 * A substantiator's judgement of a claim was recorded (several may be). A claim counts as substantiated when
 * a judgement agrees with its contribution fully or partly, and as disputed when one does not agree. The
 * substantiator's name is not in the event (personal data); it is looked up by {@code substantiationId}.
 */
@Revision("1")
public record ContributionClaimSubstantiated(
        ClaimId claimId,
        String substantiationId,
        String substantiatorRole,
        Independence independence,
        Agreement outcomeAgreement,
        Agreement significanceAgreement,
        Agreement contributionAgreement,
        String comments) implements ContributionClaimEvent {
}
