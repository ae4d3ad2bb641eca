package org.advocacyledger.action.web;

import java.net.URI;

import org.advocacyledger.security.CampaignScope;
import org.advocacyledger.action.api.ActionDetails;
import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionPage;
import org.advocacyledger.action.api.FindAdvocacyAction;
import org.advocacyledger.action.api.ListAdvocacyActions;
import org.advocacyledger.action.api.RetractAdvocacyAction;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.history.GetRecordHistory;
import org.advocacyledger.shared.history.RecordHistory;
import org.advocacyledger.shared.web.IdempotencyKeys;
import org.advocacyledger.shared.web.InternalNotes;
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

/** Advocacy actions over HTTP: commands through the command gateway, reads through the query gateway. */
@RestController
@RequestMapping("/api/actions")
class ActionController {

    private final CampaignScope scope;

    static final String AGGREGATE_TYPE = "AdvocacyAction";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotencyKeys idempotency;
    private final InternalNotes notes;

    ActionController(CommandGateway commands, QueryGateway queries, IdempotencyKeys idempotency, InternalNotes notes, CampaignScope scope) {
        this.scope = scope;
        this.commands = commands;
        this.queries = queries;
        this.idempotency = idempotency;
        this.notes = notes;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ActionDetails> log(@RequestBody LogActionRequest body,
                                      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                      Authentication caller) {
        scope.requireRecordableIn(body.campaignId(), "campaignId");
        ActionDetails logged = idempotency.createOnce(caller.getName(), key, "action", body,
                () -> ActionId.create().value(),
                id -> commands.sendAndWait(body.toCommand(new ActionId(id))),
                id -> findOrNull(new ActionId(id)));
        if (logged == null) {
            throw new IllegalStateException("the logged action is not readable");
        }
        return ResponseEntity.created(URI.create("/api/actions/" + logged.id()))
                .eTag(Versions.etag(logged.version())).body(logged);
    }

    @GetMapping
    Object list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String country,
                @RequestParam(required = false) String issue, @RequestParam(required = false) String framing,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) int size,
                Authentication caller) {
        Paging.check(page, size);
        ActionPage found = queries.query(new ListAdvocacyActions(Paging.filter(campaign), Paging.filter(country),
                Paging.filter(issue), Paging.filter(framing), page, size, scope.visibleCampaignIds()), ResponseTypes.instanceOf(ActionPage.class)).join();
        return notes.forCaller(found, caller);
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> get(@PathVariable String id, Authentication caller) {
        ActionDetails action = find(new ActionId(id));
        scope.requireVisible(action.campaignId());
        RecordHistory history = history(id);
        return ResponseEntity.ok().eTag(Versions.etag(action.version()))
                .body(notes.forCaller(new RecordWithHistory<>(action, history.entries()), caller));
    }

    @GetMapping("/{id}/history")
    Object history(@PathVariable String id, Authentication caller) {
        scope.requireVisible(find(new ActionId(id)).campaignId());
        return notes.forCaller(history(id), caller);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ActionDetails> correct(@PathVariable String id, @RequestBody CorrectActionRequest body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ActionId actionId = new ActionId(id);
        var existing = find(actionId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(body.toCommand(actionId, Versions.expected(ifMatch, id, current)));
        ActionDetails corrected = find(actionId);
        return ResponseEntity.ok().eTag(Versions.etag(corrected.version())).body(corrected);
    }

    @PostMapping("/{id}/retraction")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ActionDetails> retract(@PathVariable String id, @RequestBody Retraction body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ActionId actionId = new ActionId(id);
        var existing = find(actionId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(new RetractAdvocacyAction(actionId, Versions.expected(ifMatch, id, current), body.reason()));
        ActionDetails retracted = find(actionId);
        return ResponseEntity.ok().eTag(Versions.etag(retracted.version())).body(retracted);
    }

    private RecordHistory history(String id) {
        RecordHistory history = queries.query(new GetRecordHistory(id, AGGREGATE_TYPE),
                ResponseTypes.instanceOf(RecordHistory.class)).join();
        if (history == null) {
            throw new NotFound("action", id);
        }
        return history;
    }

    private ActionDetails find(ActionId id) {
        ActionDetails found = findOrNull(id);
        if (found == null) {
            throw new NotFound("action", id.value());
        }
        return found;
    }

    private ActionDetails findOrNull(ActionId id) {
        return queries.query(new FindAdvocacyAction(id), ResponseTypes.instanceOf(ActionDetails.class)).join();
    }
}
