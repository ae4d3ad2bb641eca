package org.advocacyledger.contribution.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.advocacyledger.contribution.api.ClaimContribution;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.ContributionClaimCorrected;
import org.advocacyledger.contribution.api.ContributionClaimRetracted;
import org.advocacyledger.contribution.api.ContributionClaimSubstantiated;
import org.advocacyledger.contribution.api.ContributionClaimed;
import org.advocacyledger.contribution.api.SubstantiateClaim;
import org.advocacyledger.contribution.api.CorrectContributionClaim;
import org.advocacyledger.contribution.api.RetractContributionClaim;
import org.advocacyledger.shared.Limits;
import org.advocacyledger.shared.RecordTypes;
import org.advocacyledger.shared.Rules;
import org.advocacyledger.shared.StateConflict;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A contribution claim and its rules. The cited actions and the target must exist, be of the right type
 * and not be retracted: checked through {@link RecordTypes}, a lookup in the event store.
 */
@Aggregate(cache = "aggregateCache")
public class ContributionClaim {

    static final String CAMPAIGN_TYPE = "Campaign";
    static final String ACTION_TYPE = "AdvocacyAction";
    static final int MAX_ACTIONS = 50;

    @AggregateIdentifier
    private ClaimId claimId;
    private Facts facts;
    private boolean retracted;
    private final Set<String> substantiations = new HashSet<>();

    private record Facts(List<String> actionIds, ClaimTargetType targetType, String targetId, ClaimStrength strength,
                         String explanation, String evidence, List<String> evidenceLinks) {
    }

    protected ContributionClaim() {
        // for Axon
    }

    @CommandHandler
    public ContributionClaim(ClaimContribution command, RecordTypes records) {
        Rules rules = new Rules().requireValue(command.campaignId(), "campaignId");
        if (command.campaignId() != null) {
            rules.require(records.isLive(command.campaignId().value(), CAMPAIGN_TYPE), "campaignId", "is not a known campaign");
        }
        Facts facts = clean(command.actionIds(), command.targetType(), command.targetId(), command.strength(),
                command.explanation(), command.evidence(), command.evidenceLinks());
        validate(rules, facts, records);
        rules.check();
        apply(new ContributionClaimed(command.claimId(), command.campaignId(), facts.actionIds(), facts.targetType(),
                facts.targetId(), facts.strength(), facts.explanation(), facts.evidence(), facts.evidenceLinks()));
    }

    @CommandHandler
    void handle(CorrectContributionClaim command, ConflictResolver conflicts, RecordTypes records) {
        conflicts.detectConflicts(newerEvents -> !newerEvents.isEmpty());
        refuseIfRetracted();
        Facts corrected = clean(command.actionIds(), command.targetType(), command.targetId(), command.strength(),
                command.explanation(), command.evidence(), command.evidenceLinks());
        Rules rules = new Rules();
        validate(rules, corrected, records);
        rules.requireText(command.reason(), "reason", Limits.REASON);
        rules.require(!corrected.equals(facts), "reason", "the correction changes nothing");
        rules.check();
        apply(new ContributionClaimCorrected(claimId, corrected.actionIds(), corrected.targetType(), corrected.targetId(),
                corrected.strength(), corrected.explanation(), corrected.evidence(), corrected.evidenceLinks(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(RetractContributionClaim command, ConflictResolver conflicts) {
        conflicts.detectConflicts(newerEvents -> !newerEvents.isEmpty());
        refuseIfRetracted();
        new Rules().requireText(command.reason(), "reason", Limits.REASON).check();
        apply(new ContributionClaimRetracted(claimId, command.reason().strip()));
    }

    @CommandHandler
    void handle(SubstantiateClaim command) {
        refuseIfRetracted();
        new Rules().requireText(command.substantiationId(), "substantiationId", 100)
                .requireText(command.substantiatorRole(), "substantiatorRole", Limits.NAME)
                .requireValue(command.independence(), "independence")
                .requireValue(command.outcomeAgreement(), "outcomeAgreement")
                .requireValue(command.significanceAgreement(), "significanceAgreement")
                .requireValue(command.contributionAgreement(), "contributionAgreement")
                .optionalText(command.comments(), "comments", Limits.DESCRIPTION)
                .require(!substantiations.contains(command.substantiationId()), "substantiationId", "is already recorded")
                .check();
        apply(new ContributionClaimSubstantiated(claimId, command.substantiationId(), command.substantiatorRole().strip(),
                command.independence(), command.outcomeAgreement(), command.significanceAgreement(),
                command.contributionAgreement(), Rules.clean(command.comments())));
    }

    @EventSourcingHandler
    void on(ContributionClaimSubstantiated event) {
        substantiations.add(event.substantiationId());
    }

    private void refuseIfRetracted() {
        if (retracted) {
            throw StateConflict.retracted("claim");
        }
    }

    private static Facts clean(List<String> actionIds, ClaimTargetType targetType, String targetId, ClaimStrength strength,
                               String explanation, String evidence, List<String> evidenceLinks) {
        return new Facts(Rules.cleanAll(actionIds), targetType, Rules.clean(targetId), strength, Rules.clean(explanation),
                Rules.clean(evidence), Rules.cleanAll(evidenceLinks));
    }

    private static void validate(Rules rules, Facts f, RecordTypes records) {
        rules.require(!f.actionIds().isEmpty(), "actionIds", "name at least one action")
                .maxSize(f.actionIds(), "actionIds", MAX_ACTIONS)
                .requireValue(f.targetType(), "targetType")
                .requireValue(f.strength(), "strength")
                .requireText(f.explanation(), "explanation", Limits.DESCRIPTION)
                .optionalText(f.evidence(), "evidence", Limits.DESCRIPTION)
                .links(f.evidenceLinks(), "evidenceLinks");
        if (f.actionIds().size() <= MAX_ACTIONS) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < f.actionIds().size(); i++) {
                String id = f.actionIds().get(i);
                String name = "actionIds[" + i + "]";
                rules.require(id == null || seen.add(id), name, "repeats an action");
                rules.require(records.isLive(id, ACTION_TYPE), name, "is not a known action (or it was retracted)");
            }
        }
        if (f.targetId() == null) {
            rules.requireValue(null, "targetId");
        } else if (f.targetType() != null) {
            rules.require(records.isLive(f.targetId(), f.targetType().aggregateType()), "targetId",
                    "is not a known " + f.targetType().name().toLowerCase() + " (or it was retracted)");
        }
    }

    @EventSourcingHandler
    void on(ContributionClaimed event) {
        this.claimId = event.claimId();
        this.facts = new Facts(event.actionIds(), event.targetType(), event.targetId(), event.strength(),
                event.explanation(), event.evidence(), event.evidenceLinks());
    }

    @EventSourcingHandler
    void on(ContributionClaimCorrected event) {
        this.facts = new Facts(event.actionIds(), event.targetType(), event.targetId(), event.strength(),
                event.explanation(), event.evidence(), event.evidenceLinks());
    }

    @EventSourcingHandler
    void on(ContributionClaimRetracted event) {
        this.retracted = true;
    }
}
