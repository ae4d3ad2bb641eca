package org.advocacyledger.contribution.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An evaluator records one substantiation of a claim: the substantiator's role and independence, how far
 * they agree with the outcome, its significance and the contribution, and comments. The substantiator's
 * name is personal data: it is kept outside the event store, under {@code substantiationId}.
 */
public record SubstantiateClaim(
        @TargetAggregateIdentifier ClaimId claimId,
        String substantiationId,
        String substantiatorRole,
        Independence independence,
        Agreement outcomeAgreement,
        Agreement significanceAgreement,
        Agreement contributionAgreement,
        String comments) implements ContributionClaimCommand {
}
