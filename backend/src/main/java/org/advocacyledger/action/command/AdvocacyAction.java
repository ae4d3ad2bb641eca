package org.advocacyledger.action.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.AdvocacyActionCorrected;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.AdvocacyActionRetracted;
import org.advocacyledger.action.api.CorrectAdvocacyAction;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.LogAdvocacyAction;
import org.advocacyledger.action.api.RetractAdvocacyAction;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.shared.Limits;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RecordTypes;
import org.advocacyledger.shared.Rules;
import org.advocacyledger.shared.StateConflict;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An advocacy action and its rules. The campaign it belongs to must exist: checked through
 * {@link RecordTypes}, a lookup in the event store (never a read model).
 */
@Aggregate(cache = "aggregateCache")
public class AdvocacyAction {

    static final String CAMPAIGN_TYPE = "Campaign";
    static final int MAX_FRAMINGS = 10;
    static final int MAX_LEGAL_BASES = 20;
    static final int MAX_ARTICLE = 100;

    @AggregateIdentifier
    private ActionId actionId;
    private Facts facts;
    private boolean retracted;

    /** The correctable fields as they stand (to refuse a correction that changes nothing). */
    private record Facts(String country, String issue, String actor, ActionType actionType, List<Framing> framings,
                         List<LegalBasis> legalBases, Target target, PartialDate date, String description,
                         String notes, List<String> evidence) {
    }

    protected AdvocacyAction() {
        // for Axon
    }

    @CommandHandler
    public AdvocacyAction(LogAdvocacyAction command, RecordTypes records) {
        Rules rules = new Rules()
                .requireValue(command.campaignId(), "campaignId");
        if (command.campaignId() != null) {
            rules.require(records.isLive(command.campaignId().value(), CAMPAIGN_TYPE), "campaignId", "is not a known campaign");
        }
        Facts facts = clean(command.country(), command.issue(), command.actor(), command.actionType(), command.framings(),
                command.legalBases(), command.target(), command.date(), command.description(), command.notes(),
                command.evidence());
        validate(rules, facts);
        rules.check();
        apply(new AdvocacyActionLogged(command.actionId(), command.campaignId(), facts.country(), facts.issue(),
                facts.actor(), facts.actionType(), facts.framings(), facts.legalBases(), facts.target(), facts.date(),
                facts.description(), facts.notes(), facts.evidence()));
    }

    @CommandHandler
    void handle(CorrectAdvocacyAction command, ConflictResolver conflicts) {
        refuseStale(conflicts);
        refuseIfRetracted();
        Facts corrected = clean(command.country(), command.issue(), command.actor(), command.actionType(),
                command.framings(), command.legalBases(), command.target(), command.date(), command.description(),
                command.notes(), command.evidence());
        Rules rules = new Rules();
        validate(rules, corrected);
        rules.requireText(command.reason(), "reason", Limits.REASON);
        rules.require(!corrected.equals(facts), "reason", "the correction changes nothing");
        rules.check();
        apply(new AdvocacyActionCorrected(actionId, corrected.country(), corrected.issue(), corrected.actor(),
                corrected.actionType(), corrected.framings(), corrected.legalBases(), corrected.target(),
                corrected.date(), corrected.description(), corrected.notes(), corrected.evidence(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(RetractAdvocacyAction command, ConflictResolver conflicts) {
        refuseStale(conflicts);
        refuseIfRetracted();
        new Rules().requireText(command.reason(), "reason", Limits.REASON).check();
        apply(new AdvocacyActionRetracted(actionId, command.reason().strip()));
    }

    /** An update based on an older version is refused before any other rule (answered 409). */
    private static void refuseStale(ConflictResolver conflicts) {
        conflicts.detectConflicts(newerEvents -> !newerEvents.isEmpty());
    }

    private void refuseIfRetracted() {
        if (retracted) {
            throw StateConflict.retracted("action");
        }
    }

    private static Facts clean(String country, String issue, String actor, ActionType actionType, List<Framing> framings,
                               List<LegalBasis> legalBases, Target target, PartialDate date, String description,
                               String notes, List<String> evidence) {
        return new Facts(Rules.clean(country), Rules.clean(issue), Rules.clean(actor), actionType,
                framings == null ? List.of() : framings.stream().map(f -> f == null ? null
                        : new Framing(f.kind(), f.avenue(), Rules.clean(f.otherName()))).toList(),
                legalBases == null ? List.of() : legalBases.stream().map(b -> b == null ? null
                        : new LegalBasis(Rules.clean(b.instrument()), Rules.clean(b.article()))).toList(),
                target == null ? null : new Target(target.kind(), Rules.clean(target.name())),
                PartialDate.orUnknown(date), Rules.clean(description), Rules.clean(notes), Rules.cleanAll(evidence));
    }

    private static void validate(Rules rules, Facts f) {
        rules.country(f.country(), "country")
                .requireText(f.issue(), "issue", Limits.NAME)
                .requireText(f.actor(), "actor", Limits.NAME)
                .requireValue(f.actionType(), "actionType")
                .require(!f.framings().isEmpty(), "framings", "name at least one framing")
                .maxSize(f.framings(), "framings", MAX_FRAMINGS)
                .maxSize(f.legalBases(), "legalBases", MAX_LEGAL_BASES)
                .notInFuture(f.date(), "date")
                .requireText(f.description(), "description", Limits.DESCRIPTION)
                .optionalText(f.notes(), "notes", Limits.NOTES)
                .links(f.evidence(), "evidence");
        Set<Framing> seen = new HashSet<>();
        for (int i = 0; i < f.framings().size(); i++) {
            Framing framing = f.framings().get(i);
            String name = "framings[" + i + "]";
            if (framing == null || framing.kind() == null) {
                rules.require(false, name + ".kind", "is required");
                continue;
            }
            rules.require(framing.avenue() == null || framing.kind() == FramingKind.HUMANITARIAN_PROTECTION,
                    name + ".avenue", "is only for HUMANITARIAN_PROTECTION");
            if (framing.kind() == FramingKind.OTHER) {
                rules.requireText(framing.otherName(), name + ".otherName", Limits.NAME);
            } else {
                rules.require(framing.otherName() == null, name + ".otherName", "is only for OTHER");
            }
            rules.require(seen.add(framing), name, "repeats a framing");
        }
        for (int i = 0; i < f.legalBases().size(); i++) {
            LegalBasis basis = f.legalBases().get(i);
            String name = "legalBases[" + i + "]";
            if (basis == null) {
                rules.require(false, name, "is required");
                continue;
            }
            rules.requireText(basis.instrument(), name + ".instrument", Limits.NAME)
                    .optionalText(basis.article(), name + ".article", MAX_ARTICLE);
        }
        if (f.target() == null) {
            rules.requireValue(null, "target");
        } else {
            rules.requireValue(f.target().kind(), "target.kind")
                    .requireText(f.target().name(), "target.name", Limits.NAME);
        }
    }

    @EventSourcingHandler
    void on(AdvocacyActionLogged event) {
        this.actionId = event.actionId();
        this.facts = new Facts(event.country(), event.issue(), event.actor(), event.actionType(), event.framings(),
                event.legalBases(), event.target(), event.date(), event.description(), event.notes(), event.evidence());
    }

    @EventSourcingHandler
    void on(AdvocacyActionCorrected event) {
        this.facts = new Facts(event.country(), event.issue(), event.actor(), event.actionType(), event.framings(),
                event.legalBases(), event.target(), event.date(), event.description(), event.notes(), event.evidence());
    }

    @EventSourcingHandler
    void on(AdvocacyActionRetracted event) {
        this.retracted = true;
    }
}
