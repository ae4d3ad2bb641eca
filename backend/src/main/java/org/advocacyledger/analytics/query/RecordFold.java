package org.advocacyledger.analytics.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformStage;
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

    /**
     * The action's credit shares ({@link FramingCalculator#framingShares} or {@link FramingCalculator#legalBasisShares}).
     * They depend only on the action's framings or legal bases, of which there are few distinct lists, so
     * they are computed once per distinct list and shared by every action that has it.
     */
    Map<String, Double> shares(ActionFacts action, boolean byLegalBasis) {
        return byLegalBasis
                ? LEGAL_BASIS_SHARES.computeIfAbsent(action.legalBases() == null ? List.of() : action.legalBases(),
                        bases -> FramingCalculator.legalBasisShares(action))
                : FRAMING_SHARES.computeIfAbsent(action.framings(), framings -> FramingCalculator.framingShares(action));
    }

    private static final Map<List<Framing>, Map<String, Double>> FRAMING_SHARES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<List<LegalBasis>, Map<String, Double>> LEGAL_BASIS_SHARES = new java.util.concurrent.ConcurrentHashMap<>();

    void clear() {
        actions.clear();
        reforms.clear();
        claims.clear();
    }

    /** Folds the event if it was recorded before {@code end} (null: always): the record as it stood then. */
    void applyIfRecordedBefore(DomainEventMessage<?> event, java.time.Instant end) {
        if (end == null || event.getTimestamp().isBefore(end)) {
            AnalyticsFact fact = AnalyticsFact.of(event.getPayload(), event.getSequenceNumber());
            if (fact != null) {
                apply(fact);
            }
        }
    }

    void apply(AnalyticsFact fact) {
        if (fact instanceof AnalyticsFact.ActionLogged e) {
            actions.put(e.id(), new ActionFacts(e.id(), e.campaignId(), e.country(), e.issue(),
                    e.framings(), e.legalBases(), e.date(), false));
        } else if (fact instanceof AnalyticsFact.ActionCorrected e) {
            actions.computeIfPresent(e.id(), (id, a) -> new ActionFacts(id, a.campaignId(),
                    e.country(), e.issue(), e.framings(), e.legalBases(), e.date(), a.retracted()));
        } else if (fact instanceof AnalyticsFact.ActionRetracted e) {
            actions.computeIfPresent(e.id(), (id, a) -> new ActionFacts(id, a.campaignId(),
                    a.country(), a.issue(), a.framings(), a.legalBases(), a.date(), true));
        } else if (fact instanceof AnalyticsFact.ReformRecorded e) {
            reforms.put(e.id(), new ReformFacts(e.id(), e.campaignId(), e.country(), e.direction()));
        } else if (fact instanceof AnalyticsFact.StageRecorded e) {
            ReformFacts reform = reforms.get(e.reformId());
            if (reform != null) {
                reform.stages.add(new StageFacts(e.version(), e.stage(), e.date(), e.planned()));
            }
        } else if (fact instanceof AnalyticsFact.StageCorrected e) {
            ReformFacts reform = reforms.get(e.reformId());
            if (reform != null) {
                reform.stages.replaceAll(s -> s.version() == e.stageVersion() ? new StageFacts(s.version(), s.stage(), e.date(), s.planned()) : s);
            }
        } else if (fact instanceof AnalyticsFact.ReformCorrected e) {
            ReformFacts reform = reforms.get(e.id());
            if (reform != null) {
                reform.country = e.country();
                reform.direction = e.direction();
            }
        } else if (fact instanceof AnalyticsFact.ReformRetracted e) {
            ReformFacts reform = reforms.get(e.id());
            if (reform != null) {
                reform.retracted = true;
            }
        } else if (fact instanceof AnalyticsFact.Claimed e) {
            ClaimFacts claim = new ClaimFacts(e.id(), e.campaignId());
            claim.actionIds = e.actionIds();
            claim.targetType = e.targetType();
            claim.targetId = e.targetId();
            claim.strength = e.strength();
            claims.put(claim.id, claim);
        } else if (fact instanceof AnalyticsFact.ClaimCorrected e) {
            ClaimFacts claim = claims.get(e.id());
            if (claim != null) {
                claim.actionIds = e.actionIds();
                claim.targetType = e.targetType();
                claim.targetId = e.targetId();
                claim.strength = e.strength();
            }
        } else if (fact instanceof AnalyticsFact.ClaimRetracted e) {
            ClaimFacts claim = claims.get(e.id());
            if (claim != null) {
                claim.retracted = true;
            }
        } else if (fact instanceof AnalyticsFact.ClaimSubstantiated e) {
            ClaimFacts claim = claims.get(e.id());
            if (claim != null) {
                claim.contributionAgreements.add(e.contribution());
            }
        }
    }
}
