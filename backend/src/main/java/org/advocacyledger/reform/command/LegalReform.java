package org.advocacyledger.reform.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.advocacyledger.reform.api.CorrectLegalReform;
import org.advocacyledger.reform.api.LegalReformCorrected;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.LegalReformRetracted;
import org.advocacyledger.reform.api.RecordLegalReform;
import org.advocacyledger.reform.api.RecordReformStage;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.reform.api.ReformStageRecorded;
import org.advocacyledger.reform.api.RetractLegalReform;
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
 * A legal reform and its rules: stages follow {@link ReformStage}'s transitions; an actual stage is not
 * in the future and not dated before the previous actual stage; a planned stage may be in the future
 * and is confirmed (or superseded) by a later actual stage.
 */
@Aggregate(cache = "aggregateCache")
public class LegalReform {

    static final String CAMPAIGN_TYPE = "Campaign";
    static final int MAX_CITATION = 300;

    @AggregateIdentifier
    private ReformId reformId;
    private Facts facts;
    private ReformStage stage;
    private PartialDate stageDate;
    private boolean retracted;

    private record Facts(String country, String instrument, ReformKind kind, String summary, String citation,
                         String description, ReformDirection direction) {
    }

    protected LegalReform() {
        // for Axon
    }

    @CommandHandler
    public LegalReform(RecordLegalReform command, RecordTypes records) {
        Rules rules = new Rules().requireValue(command.campaignId(), "campaignId");
        if (command.campaignId() != null) {
            rules.require(records.isLive(command.campaignId().value(), CAMPAIGN_TYPE), "campaignId", "is not a known campaign");
        }
        Facts facts = clean(command.country(), command.instrument(), command.kind(), command.summary(),
                command.citation(), command.description(), command.direction());
        validate(rules, facts);
        PartialDate date = PartialDate.orUnknown(command.stageDate());
        validateStage(rules, command.stage(), date, command.stagePlanned(), command.stageComment(), "stage", "stageDate",
                "stageComment", null, PartialDate.UNKNOWN);
        rules.check();
        apply(new LegalReformRecorded(command.reformId(), command.campaignId(), facts.country(), facts.instrument(),
                facts.kind(), facts.summary(), facts.citation(), facts.description(), facts.direction()));
        apply(new ReformStageRecorded(command.reformId(), command.stage(), date, command.stagePlanned(),
                Rules.clean(command.stageComment())));
    }

    @CommandHandler
    void handle(RecordReformStage command, ConflictResolver conflicts) {
        refuseStale(conflicts);
        refuseIfRetracted();
        Rules rules = new Rules();
        PartialDate date = PartialDate.orUnknown(command.date());
        validateStage(rules, command.stage(), date, command.planned(), command.comment(), "stage", "date", "comment",
                stage, stageDate);
        rules.check();
        apply(new ReformStageRecorded(reformId, command.stage(), date, command.planned(), Rules.clean(command.comment())));
    }

    @CommandHandler
    void handle(CorrectLegalReform command, ConflictResolver conflicts) {
        refuseStale(conflicts);
        refuseIfRetracted();
        Facts corrected = clean(command.country(), command.instrument(), command.kind(), command.summary(),
                command.citation(), command.description(), command.direction());
        Rules rules = new Rules();
        validate(rules, corrected);
        rules.requireText(command.reason(), "reason", Limits.REASON);
        rules.require(!corrected.equals(facts), "reason", "the correction changes nothing");
        rules.check();
        apply(new LegalReformCorrected(reformId, corrected.country(), corrected.instrument(), corrected.kind(),
                corrected.summary(), corrected.citation(), corrected.description(), corrected.direction(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(RetractLegalReform command, ConflictResolver conflicts) {
        refuseStale(conflicts);
        refuseIfRetracted();
        new Rules().requireText(command.reason(), "reason", Limits.REASON).check();
        apply(new LegalReformRetracted(reformId, command.reason().strip()));
    }

    /** An update based on an older version is refused before any other rule (answered 409). */
    private static void refuseStale(ConflictResolver conflicts) {
        conflicts.detectConflicts(newerEvents -> !newerEvents.isEmpty());
    }

    private void refuseIfRetracted() {
        if (retracted) {
            throw StateConflict.retracted("reform");
        }
    }

    private static Facts clean(String country, String instrument, ReformKind kind, String summary, String citation,
                               String description, ReformDirection direction) {
        return new Facts(Rules.clean(country), Rules.clean(instrument), kind, Rules.clean(summary), Rules.clean(citation),
                Rules.clean(description), direction);
    }

    private static void validate(Rules rules, Facts f) {
        rules.country(f.country(), "country")
                .requireText(f.instrument(), "instrument", Limits.NAME)
                .requireValue(f.kind(), "kind")
                .requireText(f.summary(), "summary", Limits.TITLE)
                .optionalText(f.citation(), "citation", MAX_CITATION)
                .optionalText(f.description(), "description", Limits.DESCRIPTION)
                .requireValue(f.direction(), "direction");
    }

    private static void validateStage(Rules rules, ReformStage next, PartialDate date, boolean planned, String comment,
                                      String stageField, String dateField, String commentField,
                                      ReformStage current, PartialDate currentDate) {
        rules.requireValue(next, stageField).optionalText(comment, commentField, Limits.REASON);
        if (next != null) {
            rules.require(next.mayFollow(current), stageField, current == null
                    ? "a reform is first recorded as " + ReformStage.FIRST
                    : "cannot follow " + current + " (allowed: " + current.next() + ")");
        }
        if (!planned) {
            rules.notInFuture(date, dateField);
        }
        if (!date.isUnknown() && currentDate != null && !currentDate.isUnknown()) {
            rules.require(!date.end().isBefore(currentDate.start()), dateField,
                    "must not be before the date of the current stage (" + currentDate.value() + ")");
        }
    }

    @EventSourcingHandler
    void on(LegalReformRecorded event) {
        this.reformId = event.reformId();
        this.facts = new Facts(event.country(), event.instrument(), event.kind(), event.summary(), event.citation(),
                event.description(), event.direction());
    }

    @EventSourcingHandler
    void on(ReformStageRecorded event) {
        if (!event.planned()) {
            this.stage = event.stage();
            this.stageDate = event.date();
        }
    }

    @EventSourcingHandler
    void on(LegalReformCorrected event) {
        this.facts = new Facts(event.country(), event.instrument(), event.kind(), event.summary(), event.citation(),
                event.description(), event.direction());
    }

    @EventSourcingHandler
    void on(LegalReformRetracted event) {
        this.retracted = true;
    }
}
