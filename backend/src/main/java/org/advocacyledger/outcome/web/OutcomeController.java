package org.advocacyledger.outcome.web;

import java.net.URI;

import org.advocacyledger.security.CampaignScope;
import org.advocacyledger.outcome.api.FindOutcome;
import org.advocacyledger.outcome.api.ListOutcomes;
import org.advocacyledger.outcome.api.OutcomeDetails;
import org.advocacyledger.outcome.api.OutcomeId;
import org.advocacyledger.outcome.api.OutcomeKind;
import org.advocacyledger.outcome.api.OutcomeMetric;
import org.advocacyledger.outcome.api.OutcomePage;
import org.advocacyledger.outcome.api.RetractOutcome;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.history.GetRecordHistory;
import org.advocacyledger.shared.history.RecordHistory;
import org.advocacyledger.shared.web.IdempotencyKeys;
import org.advocacyledger.shared.web.NotFound;
import org.advocacyledger.shared.web.Paging;
import org.advocacyledger.shared.web.RecordWithHistory;
import org.advocacyledger.shared.web.Retraction;
import org.advocacyledger.shared.web.Versions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outcomes over HTTP: commands through the command gateway, reads through the query gateway. */
@RestController
@RequestMapping("/api/outcomes")
class OutcomeController {

    private final CampaignScope scope;

    static final String AGGREGATE_TYPE = "Outcome";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotencyKeys idempotency;

    OutcomeController(CommandGateway commands, QueryGateway queries, IdempotencyKeys idempotency, CampaignScope scope) {
        this.scope = scope;
        this.commands = commands;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<OutcomeDetails> record(@RequestBody RecordOutcomeRequest body,
                                         @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                         Authentication caller) {
        scope.requireRecordableIn(body.campaignId(), "campaignId");
        OutcomeDetails recorded = idempotency.createOnce(caller.getName(), key, "outcome", body,
                () -> OutcomeId.create().value(),
                id -> commands.sendAndWait(body.toCommand(new OutcomeId(id))),
                id -> findOrNull(new OutcomeId(id)));
        if (recorded == null) {
            throw new IllegalStateException("the recorded outcome is not readable");
        }
        return ResponseEntity.created(URI.create("/api/outcomes/" + recorded.id()))
                .eTag(Versions.etag(recorded.version())).body(recorded);
    }

    @GetMapping
    OutcomePage list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String country,
                     @RequestParam(required = false) OutcomeKind kind, @RequestParam(required = false) OutcomeMetric metric,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return queries.query(new ListOutcomes(Paging.filter(campaign), Paging.filter(country), kind, metric,
                page, size, scope.visibleCampaignIds()), ResponseTypes.instanceOf(OutcomePage.class)).join();
    }

    @GetMapping("/{id}")
    ResponseEntity<RecordWithHistory<OutcomeDetails>> get(@PathVariable String id) {
        OutcomeDetails outcome = find(new OutcomeId(id));
        scope.requireVisible(outcome.campaignId());
        return ResponseEntity.ok().eTag(Versions.etag(outcome.version()))
                .body(new RecordWithHistory<>(outcome, history(id).entries()));
    }

    @GetMapping("/{id}/history")
    RecordHistory history(@PathVariable String id) {
        scope.requireVisible(find(new OutcomeId(id)).campaignId());
        RecordHistory history = queries.query(new GetRecordHistory(id, AGGREGATE_TYPE),
                ResponseTypes.instanceOf(RecordHistory.class)).join();
        if (history == null) {
            throw new NotFound("outcome", id);
        }
        return history;
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<OutcomeDetails> correct(@PathVariable String id, @RequestBody CorrectOutcomeRequest body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OutcomeId outcomeId = new OutcomeId(id);
        var existing = find(outcomeId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(body.toCommand(outcomeId, Versions.expected(ifMatch, id, current)));
        return current(outcomeId);
    }

    @PostMapping("/{id}/retraction")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<OutcomeDetails> retract(@PathVariable String id, @RequestBody Retraction body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        OutcomeId outcomeId = new OutcomeId(id);
        var existing = find(outcomeId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(new RetractOutcome(outcomeId, Versions.expected(ifMatch, id, current), body.reason()));
        return current(outcomeId);
    }

    private ResponseEntity<OutcomeDetails> current(OutcomeId id) {
        OutcomeDetails outcome = find(id);
        return ResponseEntity.ok().eTag(Versions.etag(outcome.version())).body(outcome);
    }

    private OutcomeDetails find(OutcomeId id) {
        OutcomeDetails found = findOrNull(id);
        if (found == null) {
            throw new NotFound("outcome", id.value());
        }
        return found;
    }

    private OutcomeDetails findOrNull(OutcomeId id) {
        return queries.query(new FindOutcome(id), ResponseTypes.instanceOf(OutcomeDetails.class)).join();
    }
}
