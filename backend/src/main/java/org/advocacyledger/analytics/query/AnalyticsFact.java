package org.advocacyledger.analytics.query;

import static org.advocacyledger.analytics.query.FactValues.id;
import static org.advocacyledger.analytics.query.FactValues.ids;
import static org.advocacyledger.analytics.query.FactValues.shared;

import java.util.List;

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

/**
 * The part of a stored event the dashboard uses, without its texts: what {@link FactLog} keeps in memory
 * per event, and what {@link RecordFold} folds. One fact per event type the dashboard reads; {@link #of}
 * returns null for every other event.
 */
sealed interface AnalyticsFact {

    record ActionLogged(String id, String campaignId, String country, String issue, List<Framing> framings,
                        List<LegalBasis> legalBases, PartialDate date) implements AnalyticsFact {
    }

    record ActionCorrected(String id, String country, String issue, List<Framing> framings, List<LegalBasis> legalBases,
                           PartialDate date) implements AnalyticsFact {
    }

    record ActionRetracted(String id) implements AnalyticsFact {
    }

    record ReformRecorded(String id, String campaignId, String country, ReformDirection direction) implements AnalyticsFact {
    }

    record ReformCorrected(String id, String country, ReformDirection direction) implements AnalyticsFact {
    }

    record ReformRetracted(String id) implements AnalyticsFact {
    }

    /** {@code version}: the stage event's sequence number, by which a stage correction names it. */
    record StageRecorded(String reformId, long version, ReformStage stage, PartialDate date, boolean planned) implements AnalyticsFact {
    }

    record StageCorrected(String reformId, long stageVersion, PartialDate date) implements AnalyticsFact {
    }

    record Claimed(String id, String campaignId, List<String> actionIds, ClaimTargetType targetType, String targetId,
                   ClaimStrength strength) implements AnalyticsFact {
    }

    record ClaimCorrected(String id, List<String> actionIds, ClaimTargetType targetType, String targetId,
                          ClaimStrength strength) implements AnalyticsFact {
    }

    record ClaimRetracted(String id) implements AnalyticsFact {
    }

    record ClaimSubstantiated(String id, Agreement contribution) implements AnalyticsFact {
    }

    /** The fact in an event's payload ({@code sequence}: the event's sequence number), or null. */
    static AnalyticsFact of(Object payload, long sequence) {
        if (payload instanceof AdvocacyActionLogged e) {
            return new ActionLogged(id(e.actionId().value()), id(e.campaignId().value()), id(e.country()), id(e.issue()),
                    shared(e.framings()), shared(e.legalBases()), shared(e.date()));
        } else if (payload instanceof AdvocacyActionCorrected e) {
            return new ActionCorrected(id(e.actionId().value()), id(e.country()), id(e.issue()), shared(e.framings()),
                    shared(e.legalBases()), shared(e.date()));
        } else if (payload instanceof AdvocacyActionRetracted e) {
            return new ActionRetracted(id(e.actionId().value()));
        } else if (payload instanceof LegalReformRecorded e) {
            return new ReformRecorded(id(e.reformId().value()), id(e.campaignId().value()), id(e.country()), e.direction());
        } else if (payload instanceof ReformStageRecorded e) {
            return new StageRecorded(id(e.reformId().value()), sequence, e.stage(), shared(e.date()), e.planned());
        } else if (payload instanceof ReformStageCorrected e) {
            return new StageCorrected(id(e.reformId().value()), e.stageVersion(), shared(e.date()));
        } else if (payload instanceof LegalReformCorrected e) {
            return new ReformCorrected(id(e.reformId().value()), id(e.country()), e.direction());
        } else if (payload instanceof LegalReformRetracted e) {
            return new ReformRetracted(id(e.reformId().value()));
        } else if (payload instanceof ContributionClaimed e) {
            return new Claimed(id(e.claimId().value()), id(e.campaignId().value()), ids(e.actionIds()), e.targetType(),
                    id(e.targetId()), e.strength());
        } else if (payload instanceof ContributionClaimCorrected e) {
            return new ClaimCorrected(id(e.claimId().value()), ids(e.actionIds()), e.targetType(), id(e.targetId()), e.strength());
        } else if (payload instanceof ContributionClaimRetracted e) {
            return new ClaimRetracted(id(e.claimId().value()));
        } else if (payload instanceof ContributionClaimSubstantiated e) {
            return new ClaimSubstantiated(id(e.claimId().value()), e.contributionAgreement());
        }
        return null;
    }
}
