package org.advocacyledger.reform.web;

import java.net.URI;

import org.advocacyledger.security.CampaignScope;
import org.advocacyledger.reform.api.FindLegalReform;
import org.advocacyledger.reform.api.ListLegalReforms;
import org.advocacyledger.reform.api.ReformDetails;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformPage;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.reform.api.RetractLegalReform;
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

/** Legal reforms over HTTP: commands through the command gateway, reads through the query gateway. */
@RestController
@RequestMapping("/api/reforms")
class ReformController {

    private final CampaignScope scope;

    static final String AGGREGATE_TYPE = "LegalReform";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotencyKeys idempotency;

    ReformController(CommandGateway commands, QueryGateway queries, IdempotencyKeys idempotency, CampaignScope scope) {
        this.scope = scope;
        this.commands = commands;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ReformDetails> record(@RequestBody RecordReformRequest body,
                                         @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                         Authentication caller) {
        scope.requireRecordableIn(body.campaignId(), "campaignId");
        ReformDetails recorded = idempotency.createOnce(caller.getName(), key, "reform", body,
                () -> ReformId.create().value(),
                id -> commands.sendAndWait(body.toCommand(new ReformId(id))),
                id -> findOrNull(new ReformId(id)));
        if (recorded == null) {
            throw new IllegalStateException("the recorded reform is not readable");
        }
        return ResponseEntity.created(URI.create("/api/reforms/" + recorded.id()))
                .eTag(Versions.etag(recorded.version())).body(recorded);
    }

    @GetMapping
    ReformPage list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String country,
                 @RequestParam(required = false) ReformStage stage, @RequestParam(required = false) ReformDirection direction,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return queries.query(new ListLegalReforms(Paging.filter(campaign), Paging.filter(country), stage, direction,
                page, size, scope.visibleCampaignIds()), ResponseTypes.instanceOf(ReformPage.class)).join();
    }

    @GetMapping("/{id}")
    ResponseEntity<RecordWithHistory<ReformDetails>> get(@PathVariable String id) {
        ReformDetails reform = find(new ReformId(id));
        scope.requireVisible(reform.campaignId());
        return ResponseEntity.ok().eTag(Versions.etag(reform.version()))
                .body(new RecordWithHistory<>(reform, history(id).entries()));
    }

    @GetMapping("/{id}/history")
    RecordHistory history(@PathVariable String id) {
        scope.requireVisible(find(new ReformId(id)).campaignId());
        RecordHistory history = queries.query(new GetRecordHistory(id, AGGREGATE_TYPE),
                ResponseTypes.instanceOf(RecordHistory.class)).join();
        if (history == null) {
            throw new NotFound("reform", id);
        }
        return history;
    }

    @PostMapping("/{id}/stages")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ReformDetails> stage(@PathVariable String id, @RequestBody RecordStageRequest body,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ReformId reformId = new ReformId(id);
        var existing = find(reformId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(body.toCommand(reformId, Versions.expected(ifMatch, id, current)));
        return current(reformId);
    }

    @PutMapping("/{id}/stages/{stageVersion}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ReformDetails> correctStage(@PathVariable String id, @PathVariable long stageVersion,
                                               @RequestBody CorrectStageRequest body,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ReformId reformId = new ReformId(id);
        var existing = find(reformId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(body.toCommand(reformId, Versions.expected(ifMatch, id, current), stageVersion));
        return current(reformId);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ReformDetails> correct(@PathVariable String id, @RequestBody CorrectReformRequest body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ReformId reformId = new ReformId(id);
        var existing = find(reformId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(body.toCommand(reformId, Versions.expected(ifMatch, id, current)));
        return current(reformId);
    }

    @PostMapping("/{id}/retraction")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ReformDetails> retract(@PathVariable String id, @RequestBody Retraction body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ReformId reformId = new ReformId(id);
        var existing = find(reformId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(new RetractLegalReform(reformId, Versions.expected(ifMatch, id, current), body.reason()));
        return current(reformId);
    }

    private ResponseEntity<ReformDetails> current(ReformId id) {
        ReformDetails reform = find(id);
        return ResponseEntity.ok().eTag(Versions.etag(reform.version())).body(reform);
    }

    private ReformDetails find(ReformId id) {
        ReformDetails found = findOrNull(id);
        if (found == null) {
            throw new NotFound("reform", id.value());
        }
        return found;
    }

    private ReformDetails findOrNull(ReformId id) {
        return queries.query(new FindLegalReform(id), ResponseTypes.instanceOf(ReformDetails.class)).join();
    }
}
