package org.advocacyledger.outcome.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.advocacyledger.outcome.api.CorrectOutcome;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeCorrected;
import org.advocacyledger.outcome.api.OutcomeId;
import org.advocacyledger.outcome.api.OutcomeMetric;
import org.advocacyledger.outcome.api.OutcomeRecorded;
import org.advocacyledger.outcome.api.OutcomeRetracted;
import org.advocacyledger.outcome.api.PracticeChange;
import org.advocacyledger.outcome.api.RecordOutcome;
import org.advocacyledger.outcome.api.RetractOutcome;
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

/** An outcome and its rules: exactly one form (a measurement or a change of practice), nothing in the future. */
@Aggregate(cache = "aggregateCache")
public class Outcome {

    static final String CAMPAIGN_TYPE = "Campaign";

    @AggregateIdentifier
    private OutcomeId outcomeId;
    private Facts facts;
    private boolean retracted;

    private record Facts(String country, Measurement measurement, PracticeChange practiceChange) {
    }

    protected Outcome() {
        // for Axon
    }

    @CommandHandler
    public Outcome(RecordOutcome command, RecordTypes records) {
        Rules rules = new Rules().requireValue(command.campaignId(), "campaignId");
        if (command.campaignId() != null) {
            rules.require(records.isLive(command.campaignId().value(), CAMPAIGN_TYPE), "campaignId", "is not a known campaign");
        }
        Facts facts = clean(command.country(), command.measurement(), command.practiceChange());
        validate(rules, facts);
        rules.check();
        apply(new OutcomeRecorded(command.outcomeId(), command.campaignId(), facts.country(), facts.measurement(),
                facts.practiceChange()));
    }

    @CommandHandler
    void handle(CorrectOutcome command, ConflictResolver conflicts) {
        conflicts.detectConflicts(newerEvents -> !newerEvents.isEmpty());
        refuseIfRetracted();
        Facts corrected = clean(command.country(), command.measurement(), command.practiceChange());
        Rules rules = new Rules();
        validate(rules, corrected);
        rules.requireText(command.reason(), "reason", Limits.REASON);
        rules.require(!corrected.equals(facts), "reason", "the correction changes nothing");
        rules.check();
        apply(new OutcomeCorrected(outcomeId, corrected.country(), corrected.measurement(), corrected.practiceChange(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(RetractOutcome command, ConflictResolver conflicts) {
        conflicts.detectConflicts(newerEvents -> !newerEvents.isEmpty());
        refuseIfRetracted();
        new Rules().requireText(command.reason(), "reason", Limits.REASON).check();
        apply(new OutcomeRetracted(outcomeId, command.reason().strip()));
    }

    private void refuseIfRetracted() {
        if (retracted) {
            throw StateConflict.retracted("outcome");
        }
    }

    private static Facts clean(String country, Measurement m, PracticeChange p) {
        return new Facts(Rules.clean(country),
                m == null ? null : new Measurement(m.metric(), Rules.clean(m.otherMetric()), m.period(), m.value(),
                        m.unit(), Rules.clean(m.source())),
                p == null ? null : new PracticeChange(Rules.clean(p.changedBy()), Rules.clean(p.change()),
                        PartialDate.orUnknown(p.date()), Rules.clean(p.significance()), Rules.clean(p.source())));
    }

    private static void validate(Rules rules, Facts f) {
        rules.country(f.country(), "country");
        rules.require((f.measurement() == null) != (f.practiceChange() == null), "measurement",
                "give either a measurement or a practiceChange, not both");
        Measurement m = f.measurement();
        if (m != null) {
            rules.requireValue(m.metric(), "measurement.metric")
                    .requireValue(m.period(), "measurement.period")
                    .requireValue(m.value(), "measurement.value")
                    .require(m.value() == null || m.value() >= 0, "measurement.value", "must not be negative")
                    .requireValue(m.unit(), "measurement.unit")
                    .requireText(m.source(), "measurement.source", Limits.NAME);
            if (m.metric() == OutcomeMetric.OTHER) {
                rules.requireText(m.otherMetric(), "measurement.otherMetric", Limits.NAME);
            } else {
                rules.require(m.otherMetric() == null, "measurement.otherMetric", "is only for OTHER");
            }
            if (m.period() != null) {
                rules.notInFuture(m.period().from(), "measurement.period");
            }
        }
        PracticeChange p = f.practiceChange();
        if (p != null) {
            rules.requireText(p.changedBy(), "practiceChange.changedBy", Limits.NAME)
                    .requireText(p.change(), "practiceChange.change", Limits.DESCRIPTION)
                    .notInFuture(p.date(), "practiceChange.date")
                    .optionalText(p.significance(), "practiceChange.significance", Limits.DESCRIPTION)
                    .optionalText(p.source(), "practiceChange.source", Limits.NAME);
        }
    }

    @EventSourcingHandler
    void on(OutcomeRecorded event) {
        this.outcomeId = event.outcomeId();
        this.facts = new Facts(event.country(), event.measurement(), event.practiceChange());
    }

    @EventSourcingHandler
    void on(OutcomeCorrected event) {
        this.facts = new Facts(event.country(), event.measurement(), event.practiceChange());
    }

    @EventSourcingHandler
    void on(OutcomeRetracted event) {
        this.retracted = true;
    }
}
