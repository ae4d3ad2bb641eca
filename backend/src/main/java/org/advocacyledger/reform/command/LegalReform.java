package org.advocacyledger.reform.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;

import org.advocacyledger.reform.api.CorrectLegalReform;
import org.advocacyledger.reform.api.CorrectReformStage;
import org.advocacyledger.reform.api.LegalReformCorrected;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.LegalReformRetracted;
import org.advocacyledger.reform.api.RecordLegalReform;
import org.advocacyledger.reform.api.RecordReformStage;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.reform.api.ReformStageCorrected;
import org.advocacyledger.reform.api.ReformStageRecorded;
import org.advocacyledger.reform.api.RetractLegalReform;
import org.advocacyledger.shared.Limits;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RecordTypes;
import org.advocacyledger.shared.Rules;
import org.advocacyledger.shared.StateConflict;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
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
    private final List<RecordedStage> stages = new ArrayList<>();
    private boolean retracted;

    /** A stage as recorded: the version of its event, the stage, its (possibly corrected) date and comment. */
    private record RecordedStage(long version, ReformStage stage, PartialDate date, boolean planned, String comment) {
    }

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
    void handle(CorrectReformStage command, ConflictResolver conflicts) {
        refuseStale(conflicts);
        refuseIfRetracted();
        Rules rules = new Rules().requireValue(command.stageVersion(), "stageVersion")
                .requireText(command.reason(), "reason", Limits.REASON)
                .optionalText(command.comment(), "comment", Limits.REASON);
        int index = -1;
        for (int i = 0; command.stageVersion() != null && i < stages.size(); i++) {
            if (stages.get(i).version() == command.stageVersion()) {
                index = i;
            }
        }
        rules.require(command.stageVersion() == null || index >= 0, "stageVersion", "is not a recorded stage of this reform");
        rules.check();
        RecordedStage old = stages.get(index);
        PartialDate date = PartialDate.orUnknown(command.date());
        String comment = Rules.clean(command.comment());
        if (!old.planned()) {
            rules.notInFuture(date, "date");
        }
        if (!date.isUnknown()) {
            RecordedStage before = neighbour(index, -1);
            RecordedStage after = neighbour(index, 1);
            rules.require(before == null || before.date().isUnknown() || !date.end().isBefore(before.date().start()),
                    "date", "must not be before the previous stage (" + (before == null ? "" : before.date().value()) + ")");
            rules.require(after == null || after.date().isUnknown() || !after.date().end().isBefore(date.start()),
                    "date", "must not be after the next stage (" + (after == null ? "" : after.date().value()) + ")");
        }
        rules.require(!date.equals(old.date()) || !java.util.Objects.equals(comment, old.comment()), "reason",
                "the correction changes nothing");
        rules.check();
        apply(new ReformStageCorrected(reformId, old.version(), date, comment, command.reason().strip()));
    }

    /** The nearest actual (not planned) stage before ({@code step} -1) or after (+1) stage {@code index}. */
    private RecordedStage neighbour(int index, int step) {
        for (int i = index + step; i >= 0 && i < stages.size(); i += step) {
            if (!stages.get(i).planned()) {
                return stages.get(i);
            }
        }
        return null;
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
    void on(ReformStageRecorded event, @SequenceNumber long sequence) {
        stages.add(new RecordedStage(sequence, event.stage(), event.date(), event.planned(), event.comment()));
        if (!event.planned()) {
            this.stage = event.stage();
            this.stageDate = event.date();
        }
    }

    @EventSourcingHandler
    void on(ReformStageCorrected event) {
        for (int i = 0; i < stages.size(); i++) {
            RecordedStage s = stages.get(i);
            if (s.version() == event.stageVersion()) {
                stages.set(i, new RecordedStage(s.version(), s.stage(), event.date(), s.planned(), event.comment()));
            }
        }
        RecordedStage latest = neighbour(stages.size(), -1);
        if (latest != null) {
            this.stageDate = latest.date();
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
