package org.advocacyledger.analytics.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacyledger.action.api.AdvocacyActionCorrected;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.AdvocacyActionRetracted;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.ContributionClaimCorrected;
import org.advocacyledger.contribution.api.ContributionClaimRetracted;
import org.advocacyledger.contribution.api.ContributionClaimSubstantiated;
import org.advocacyledger.contribution.api.ContributionClaimed;
import org.advocacyledger.reform.api.LegalReformCorrected;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.LegalReformRetracted;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.reform.api.ReformStageCorrected;
import org.advocacyledger.reform.api.ReformStageRecorded;
import org.advocacyledger.shared.PartialDate;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The facts the dashboard needs, folded from events in aggregate and sequence order: actions, reforms
 * with their stages, contribution claims with their substantiations. Corrections replace facts,
 * retractions flag them; nothing else is kept.
 */
final class RecordFold {

    record ActionFacts(String id, String campaignId, String country, String issue, List<Framing> framings,
                       List<LegalBasis> legalBases, PartialDate date, boolean retracted) {
    }

    record StageFacts(long version, ReformStage stage, PartialDate date, boolean planned) {
    }

    static final class ReformFacts {
        final String id;
        final String campaignId;
        String country;
        ReformDirection direction;
        final List<StageFacts> stages = new ArrayList<>();
        boolean retracted;

        ReformFacts(String id, String campaignId, String country, ReformDirection direction) {
            this.id = id;
            this.campaignId = campaignId;
            this.country = country;
            this.direction = direction;
        }

        /** The first actual adoption or entry into force with a known date: what counts as change. */
        PartialDate changeDate() {
            return stages.stream()
                    .filter(s -> !s.planned() && (s.stage() == ReformStage.ADOPTED || s.stage() == ReformStage.IN_FORCE))
                    .map(StageFacts::date)
                    .filter(d -> d != null && !d.isUnknown())
                    .min(java.util.Comparator.comparing(PartialDate::start))
                    .orElse(null);
        }
    }

    static final class ClaimFacts {
        final String id;
        final String campaignId;
        List<String> actionIds;
        ClaimTargetType targetType;
        String targetId;
        ClaimStrength strength;
        boolean retracted;
        final List<Agreement> contributionAgreements = new ArrayList<>();

        ClaimFacts(String id, String campaignId) {
            this.id = id;
            this.campaignId = campaignId;
        }

        boolean substantiated() {
            return contributionAgreements.stream().anyMatch(a -> a != Agreement.NOT);
        }

        boolean disputed() {
            return contributionAgreements.contains(Agreement.NOT);
        }
    }

    final Map<String, ActionFacts> actions = new LinkedHashMap<>();
    final Map<String, ReformFacts> reforms = new LinkedHashMap<>();
    final Map<String, ClaimFacts> claims = new LinkedHashMap<>();

    /** Folds the event if it was recorded before {@code end} (null: always): the record as it stood then. */
    void applyIfRecordedBefore(DomainEventMessage<?> event, java.time.Instant end) {
        if (end == null || event.getTimestamp().isBefore(end)) {
            apply(event);
        }
    }

    void apply(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof AdvocacyActionLogged e) {
            actions.put(e.actionId().value(), new ActionFacts(e.actionId().value(), e.campaignId().value(), e.country(),
                    e.issue(), e.framings(), e.legalBases(), e.date(), false));
        } else if (payload instanceof AdvocacyActionCorrected e) {
            actions.computeIfPresent(e.actionId().value(), (id, a) -> new ActionFacts(id, a.campaignId(), e.country(), e.issue(),
                    e.framings(), e.legalBases(), e.date(), a.retracted()));
        } else if (payload instanceof AdvocacyActionRetracted e) {
            actions.computeIfPresent(e.actionId().value(), (id, a) -> new ActionFacts(id, a.campaignId(), a.country(), a.issue(),
                    a.framings(), a.legalBases(), a.date(), true));
        } else if (payload instanceof LegalReformRecorded e) {
            reforms.put(e.reformId().value(), new ReformFacts(e.reformId().value(), e.campaignId().value(), e.country(), e.direction()));
        } else if (payload instanceof ReformStageRecorded e) {
            ReformFacts reform = reforms.get(e.reformId().value());
            if (reform != null) {
                reform.stages.add(new StageFacts(event.getSequenceNumber(), e.stage(), e.date(), e.planned()));
            }
        } else if (payload instanceof ReformStageCorrected e) {
            ReformFacts reform = reforms.get(e.reformId().value());
            if (reform != null) {
                reform.stages.replaceAll(s -> s.version() == e.stageVersion() ? new StageFacts(s.version(), s.stage(), e.date(), s.planned()) : s);
            }
        } else if (payload instanceof LegalReformCorrected e) {
            ReformFacts reform = reforms.get(e.reformId().value());
            if (reform != null) {
                reform.country = e.country();
                reform.direction = e.direction();
            }
        } else if (payload instanceof LegalReformRetracted e) {
            ReformFacts reform = reforms.get(e.reformId().value());
            if (reform != null) {
                reform.retracted = true;
            }
        } else if (payload instanceof ContributionClaimed e) {
            ClaimFacts claim = new ClaimFacts(e.claimId().value(), e.campaignId().value());
            claim.actionIds = e.actionIds();
            claim.targetType = e.targetType();
            claim.targetId = e.targetId();
            claim.strength = e.strength();
            claims.put(claim.id, claim);
        } else if (payload instanceof ContributionClaimCorrected e) {
            ClaimFacts claim = claims.get(e.claimId().value());
            if (claim != null) {
                claim.actionIds = e.actionIds();
                claim.targetType = e.targetType();
                claim.targetId = e.targetId();
                claim.strength = e.strength();
            }
        } else if (payload instanceof ContributionClaimRetracted e) {
            ClaimFacts claim = claims.get(e.claimId().value());
            if (claim != null) {
                claim.retracted = true;
            }
        } else if (payload instanceof ContributionClaimSubstantiated e) {
            ClaimFacts claim = claims.get(e.claimId().value());
            if (claim != null) {
                claim.contributionAgreements.add(e.contributionAgreement());
            }
        }
    }
}
