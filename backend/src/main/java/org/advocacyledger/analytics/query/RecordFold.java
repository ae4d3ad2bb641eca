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

    /** A month number ({@code year * 12 + month - 1}) for an action whose date is unknown. */
    static final int NO_MONTH = -1;

    /**
     * An action as the fold holds it: the fact it was logged with while it is neither corrected nor retracted (no
     * second object per action: decision 23), a {@link RevisedAction} after that.
     */
    sealed interface ActionFacts permits AnalyticsFact.ActionLogged, RevisedAction {

        Object id();

        Object campaignId();

        String country();

        String issue();

        List<Framing> framings();

        List<LegalBasis> legalBases();

        PartialDate date();

        boolean retracted();
    }

    /** An action after a correction or a retraction. */
    record RevisedAction(Object id, Object campaignId, String country, String issue, List<Framing> framings,
                         List<LegalBasis> legalBases, PartialDate date, boolean retracted) implements ActionFacts {
    }

    /** The month number of an action's date ({@link #NO_MONTH} when unknown; January when only the year is known). */
    static int month(PartialDate date) {
        return date == null || date.isUnknown() ? NO_MONTH : date.year() * 12 + (date.month() == null ? 0 : date.month() - 1);
    }

    /**
     * An action's credit shares by framing or by legal basis ({@link FramingCalculator#framingShares},
     * {@link FramingCalculator#legalBasisShares}): one map per distinct list, the same object for equal lists.
     */
    static Map<String, Double> shares(ActionFacts action, boolean byLegalBasis) {
        if (byLegalBasis) {
            List<LegalBasis> bases = action.legalBases() == null ? List.of() : action.legalBases();
            return LEGAL_BASIS_SHARES.computeIfAbsent(bases, FramingCalculator::legalBasisShares);
        }
        return FRAMING_SHARES.computeIfAbsent(action.framings() == null ? List.of() : action.framings(), FramingCalculator::framingShares);
    }

    record StageFacts(long version, ReformStage stage, PartialDate date, boolean planned) {
    }

    static final class ReformFacts {
        final Object id;
        final Object campaignId;
        String country;
        ReformDirection direction;
        final List<StageFacts> stages = new ArrayList<>();
        boolean retracted;

        private PartialDate change;

        ReformFacts(Object id, Object campaignId, String country, ReformDirection direction) {
            this.id = id;
            this.campaignId = campaignId;
            this.country = country == null ? null : country.intern();
            this.direction = direction;
        }

        /**
         * The first actual adoption or entry into force with a known date: what counts as change (the earliest
         * start; the first recorded among equal starts). Kept as the stages are folded.
         */
        PartialDate changeDate() {
            return change;
        }

        private void stagesChanged() {
            change = null;
            for (StageFacts s : stages) {
                PartialDate d = s.date();
                if (!s.planned() && (s.stage() == ReformStage.ADOPTED || s.stage() == ReformStage.IN_FORCE)
                        && d != null && !d.isUnknown() && (change == null || d.start().isBefore(change.start()))) {
                    change = d;
                }
            }
        }
    }

    /**
     * An action as the fold holds it now, by id: a claim keeps these for the actions it cites, so that the
     * dashboard follows a citation without looking the id up ({@code current} is null while the fold has no
     * such action).
     */
    static final class ActionRef {
        ActionFacts current;
    }

    static final class ClaimFacts {
        final Object id;
        final Object campaignId;
        /** The cited actions' ids, in the facts' form ({@link FactValues#id(String)}). */
        List<?> actionIds;
        /** The cited actions, in the order of {@link #actionIds}. */
        ActionRef[] cited;
        /** The target reform as the fold knew it when the claim was folded (null: not a reform, or not known yet). */
        ReformFacts target;
        ClaimTargetType targetType;
        Object targetId;
        ClaimStrength strength;
        boolean retracted;
        final List<Agreement> contributionAgreements = new ArrayList<>();

        ClaimFacts(Object id, Object campaignId) {
            this.id = id;
            this.campaignId = campaignId;
        }

        boolean substantiated() {
            for (Agreement agreement : contributionAgreements) {
                if (agreement != Agreement.NOT) {
                    return true;
                }
            }
            return false;
        }

        boolean disputed() {
            return contributionAgreements.contains(Agreement.NOT);
        }
    }

    /** By id, in the facts' form ({@link FactValues#id(String)}). */
    final Map<Object, ActionFacts> actions = new LinkedHashMap<>();
    final Map<Object, ReformFacts> reforms = new LinkedHashMap<>();
    final Map<Object, ClaimFacts> claims = new LinkedHashMap<>();
    private final Map<Object, ActionRef> actionRefs = new java.util.HashMap<>();
    /** Claims folded before the reform they target (the store's scan is not in recording order across aggregates). */
    private final Map<Object, List<ClaimFacts>> awaitingReform = new java.util.HashMap<>();

    private static final Map<List<Framing>, Map<String, Double>> FRAMING_SHARES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<List<LegalBasis>, Map<String, Double>> LEGAL_BASIS_SHARES = new java.util.concurrent.ConcurrentHashMap<>();

    void clear() {
        actionRefs.clear();
        awaitingReform.clear();
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
            putAction(e);
        } else if (fact instanceof AnalyticsFact.ActionCorrected e) {
            ActionFacts a = actions.get(e.id());
            if (a != null) {
                putAction(new RevisedAction(a.id(), a.campaignId(), e.country(), e.issue(), e.framings(), e.legalBases(), e.date(),
                        a.retracted()));
            }
        } else if (fact instanceof AnalyticsFact.ActionRetracted e) {
            ActionFacts a = actions.get(e.id());
            if (a != null) {
                putAction(new RevisedAction(a.id(), a.campaignId(), a.country(), a.issue(), a.framings(), a.legalBases(), a.date(),
                        true));
            }
        } else if (fact instanceof AnalyticsFact.ReformRecorded e) {
            ReformFacts reform = new ReformFacts(e.id(), e.campaignId(), e.country(), e.direction());
            reforms.put(e.id(), reform);
            List<ClaimFacts> waiting = awaitingReform.remove(e.id());
            if (waiting != null) {
                waiting.stream().filter(c -> e.id().equals(c.targetId) && c.targetType == ClaimTargetType.REFORM)
                        .forEach(c -> c.target = reform);
            }
        } else if (fact instanceof AnalyticsFact.StageRecorded e) {
            ReformFacts reform = reforms.get(e.reformId());
            if (reform != null) {
                reform.stages.add(new StageFacts(e.version(), e.stage(), e.date(), e.planned()));
                reform.stagesChanged();
            }
        } else if (fact instanceof AnalyticsFact.StageCorrected e) {
            ReformFacts reform = reforms.get(e.reformId());
            if (reform != null) {
                reform.stages.replaceAll(s -> s.version() == e.stageVersion() ? new StageFacts(s.version(), s.stage(), e.date(), s.planned()) : s);
                reform.stagesChanged();
            }
        } else if (fact instanceof AnalyticsFact.ReformCorrected e) {
            ReformFacts reform = reforms.get(e.id());
            if (reform != null) {
                reform.country = e.country() == null ? null : e.country().intern();
                reform.direction = e.direction();
            }
        } else if (fact instanceof AnalyticsFact.ReformRetracted e) {
            ReformFacts reform = reforms.get(e.id());
            if (reform != null) {
                reform.retracted = true;
            }
        } else if (fact instanceof AnalyticsFact.Claimed e) {
            ClaimFacts claim = new ClaimFacts(e.id(), e.campaignId());
            cite(claim, e.actionIds(), e.targetType(), e.targetId());
            claim.strength = e.strength();
            claims.put(claim.id, claim);
        } else if (fact instanceof AnalyticsFact.ClaimCorrected e) {
            ClaimFacts claim = claims.get(e.id());
            if (claim != null) {
                cite(claim, e.actionIds(), e.targetType(), e.targetId());
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

    private void putAction(ActionFacts action) {
        actions.put(action.id(), action);
        ActionRef ref = actionRefs.get(action.id());
        if (ref != null) {
            ref.current = action;
        }
    }

    private void cite(ClaimFacts claim, List<?> actionIds, ClaimTargetType targetType, Object targetId) {
        claim.actionIds = actionIds;
        claim.targetType = targetType;
        claim.targetId = targetId;
        claim.cited = new ActionRef[actionIds.size()];
        for (int i = 0; i < claim.cited.length; i++) {
            claim.cited[i] = actionRefs.computeIfAbsent(actionIds.get(i), id -> {
                ActionRef ref = new ActionRef();
                ref.current = actions.get(id);
                return ref;
            });
        }
        claim.target = targetType == ClaimTargetType.REFORM ? reforms.get(targetId) : null;
        if (claim.target == null && targetType == ClaimTargetType.REFORM) {
            awaitingReform.computeIfAbsent(targetId, id -> new ArrayList<>()).add(claim);
        }
    }
}
