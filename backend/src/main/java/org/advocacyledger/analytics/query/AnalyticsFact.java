package org.advocacyledger.analytics.query;

import static org.advocacyledger.analytics.query.FactValues.sharedId;
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
 * returns null for every other event. Ids are held in {@link FactValues#id(String)}'s form (a UUID for the
 * product's ids): each constructor turns ids given as text into it, so equal ids are equal keys however the
 * fact was made.
 */
sealed interface AnalyticsFact {

    /** Also the action's facts in the fold until it is corrected or retracted ({@link RecordFold.ActionFacts}). */
    record ActionLogged(Object id, Object campaignId, String country, String issue, List<Framing> framings,
                        List<LegalBasis> legalBases, PartialDate date) implements AnalyticsFact, RecordFold.ActionFacts {
        public ActionLogged {
            id = FactValues.id(id);
            campaignId = FactValues.id(campaignId);
        }

        @Override
        public boolean retracted() {
            return false;
        }
    }

    record ActionCorrected(Object id, String country, String issue, List<Framing> framings, List<LegalBasis> legalBases,
                           PartialDate date) implements AnalyticsFact {
        public ActionCorrected {
            id = FactValues.id(id);
        }
    }

    record ActionRetracted(Object id) implements AnalyticsFact {
        public ActionRetracted {
            id = FactValues.id(id);
        }
    }

    record ReformRecorded(Object id, Object campaignId, String country, ReformDirection direction) implements AnalyticsFact {
        public ReformRecorded {
            id = FactValues.id(id);
            campaignId = FactValues.id(campaignId);
        }
    }

    record ReformCorrected(Object id, String country, ReformDirection direction) implements AnalyticsFact {
        public ReformCorrected {
            id = FactValues.id(id);
        }
    }

    record ReformRetracted(Object id) implements AnalyticsFact {
        public ReformRetracted {
            id = FactValues.id(id);
        }
    }

    /** {@code version}: the stage event's sequence number, by which a stage correction names it. */
    record StageRecorded(Object reformId, long version, ReformStage stage, PartialDate date, boolean planned) implements AnalyticsFact {
        public StageRecorded {
            reformId = FactValues.id(reformId);
        }
    }

    record StageCorrected(Object reformId, long stageVersion, PartialDate date) implements AnalyticsFact {
        public StageCorrected {
            reformId = FactValues.id(reformId);
        }
    }

    record Claimed(Object id, Object campaignId, List<?> actionIds, ClaimTargetType targetType, Object targetId,
                   ClaimStrength strength) implements AnalyticsFact {
        public Claimed {
            id = FactValues.id(id);
            campaignId = FactValues.id(campaignId);
            actionIds = FactValues.ids(actionIds);
            targetId = FactValues.id(targetId);
        }
    }

    record ClaimCorrected(Object id, List<?> actionIds, ClaimTargetType targetType, Object targetId,
                          ClaimStrength strength) implements AnalyticsFact {
        public ClaimCorrected {
            id = FactValues.id(id);
            actionIds = FactValues.ids(actionIds);
            targetId = FactValues.id(targetId);
        }
    }

    record ClaimRetracted(Object id) implements AnalyticsFact {
        public ClaimRetracted {
            id = FactValues.id(id);
        }
    }

    record ClaimSubstantiated(Object id, Agreement contribution) implements AnalyticsFact {
        public ClaimSubstantiated {
            id = FactValues.id(id);
        }
    }

    /** The fact in an event's payload ({@code sequence}: the event's sequence number), or null. */
    static AnalyticsFact of(Object payload, long sequence) {
        return of(payload, sequence, null);
    }

    /**
     * The same; a record id equal to {@code aggregate} (the fact log's key for the event's aggregate, in the facts'
     * form; may be null) is that object, so that the log and the fact share it.
     */
    static AnalyticsFact of(Object payload, long sequence, Object aggregate) {
        if (payload instanceof AdvocacyActionLogged e) {
            return new ActionLogged(own(e.actionId().value(), aggregate), sharedId(e.campaignId().value()), shared(e.country()),
                    shared(e.issue()), shared(e.framings()), shared(e.legalBases()), shared(e.date()));
        } else if (payload instanceof AdvocacyActionCorrected e) {
            return new ActionCorrected(own(e.actionId().value(), aggregate), shared(e.country()), shared(e.issue()),
                    shared(e.framings()), shared(e.legalBases()), shared(e.date()));
        } else if (payload instanceof AdvocacyActionRetracted e) {
            return new ActionRetracted(own(e.actionId().value(), aggregate));
        } else if (payload instanceof LegalReformRecorded e) {
            return new ReformRecorded(own(e.reformId().value(), aggregate), sharedId(e.campaignId().value()), shared(e.country()),
                    e.direction());
        } else if (payload instanceof ReformStageRecorded e) {
            return new StageRecorded(own(e.reformId().value(), aggregate), sequence, e.stage(), shared(e.date()), e.planned());
        } else if (payload instanceof ReformStageCorrected e) {
            return new StageCorrected(own(e.reformId().value(), aggregate), e.stageVersion(), shared(e.date()));
        } else if (payload instanceof LegalReformCorrected e) {
            return new ReformCorrected(own(e.reformId().value(), aggregate), shared(e.country()), e.direction());
        } else if (payload instanceof LegalReformRetracted e) {
            return new ReformRetracted(own(e.reformId().value(), aggregate));
        } else if (payload instanceof ContributionClaimed e) {
            return new Claimed(own(e.claimId().value(), aggregate), sharedId(e.campaignId().value()), e.actionIds(), e.targetType(),
                    e.targetId(), e.strength());
        } else if (payload instanceof ContributionClaimCorrected e) {
            return new ClaimCorrected(own(e.claimId().value(), aggregate), e.actionIds(), e.targetType(), e.targetId(),
                    e.strength());
        } else if (payload instanceof ContributionClaimRetracted e) {
            return new ClaimRetracted(own(e.claimId().value(), aggregate));
        } else if (payload instanceof ContributionClaimSubstantiated e) {
            return new ClaimSubstantiated(own(e.claimId().value(), aggregate), e.contributionAgreement());
        }
        return null;
    }

    private static Object own(String id, Object aggregate) {
        Object own = FactValues.id(id);
        return own.equals(aggregate) ? aggregate : own;
    }
}
