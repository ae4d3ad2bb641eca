package org.advocacyledger.contribution.web;

import java.net.URI;

import org.advocacyledger.security.CampaignScope;
import org.advocacyledger.contribution.api.ClaimDetails;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.SubstantiateClaim;
import org.advocacyledger.contribution.api.ClaimPage;
import org.advocacyledger.contribution.api.FindContributionClaim;
import org.advocacyledger.contribution.api.ListContributionClaims;
import org.advocacyledger.contribution.api.RetractContributionClaim;
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

/** Contribution claims over HTTP: commands through the command gateway, reads through the query gateway. */
@RestController
@RequestMapping("/api/contributions")
class ClaimController {

    private final CampaignScope scope;

    static final String AGGREGATE_TYPE = "ContributionClaim";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotencyKeys idempotency;

    private final SubstantiatorNames names;

    ClaimController(CommandGateway commands, QueryGateway queries, IdempotencyKeys idempotency, CampaignScope scope,
                    SubstantiatorNames names) {
        this.scope = scope;
        this.names = names;
        this.commands = commands;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ClaimDetails> claim(@RequestBody ClaimContributionRequest body,
                                         @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                         Authentication caller) {
        scope.requireRecordableIn(body.campaignId(), "campaignId");
        ClaimDetails recorded = idempotency.createOnce(caller.getName(), key, "claim", body,
                () -> ClaimId.create().value(),
                id -> commands.sendAndWait(body.toCommand(new ClaimId(id))),
                id -> findOrNull(new ClaimId(id)));
        if (recorded == null) {
            throw new IllegalStateException("the claim is not readable");
        }
        return ResponseEntity.created(URI.create("/api/contributions/" + recorded.id()))
                .eTag(Versions.etag(recorded.version())).body(recorded);
    }

    /**
     * An evaluator substantiates or disputes a claim (several substantiations per claim are kept). The
     * substantiator's name is stored outside the event store; if the command is refused it is removed again.
     */
    @PostMapping("/{id}/substantiations")
    @PreAuthorize("hasAnyRole('ADMIN', 'EVALUATOR')")
    ResponseEntity<ClaimDetails> substantiate(@PathVariable String id, @RequestBody SubstantiationRequest body) {
        ClaimId claimId = new ClaimId(id);
        scope.requireVisible(find(claimId).campaignId());
        new org.advocacyledger.shared.Rules()
                .requireText(body.substantiatorName(), "substantiatorName", org.advocacyledger.shared.Limits.NAME).check();
        String substantiationId = java.util.UUID.randomUUID().toString();
        names.put(substantiationId, body.substantiatorName().strip());
        try {
            commands.sendAndWait(new SubstantiateClaim(claimId, substantiationId, body.substantiatorRole(), body.independence(),
                    body.outcomeAgreement(), body.significanceAgreement(), body.contributionAgreement(), body.comments()));
        } catch (RuntimeException refused) {
            names.remove(substantiationId);
            throw refused;
        }
        ClaimDetails claim = names.withNames(find(claimId));
        return ResponseEntity.created(URI.create("/api/contributions/" + id)).eTag(Versions.etag(claim.version())).body(claim);
    }

    @GetMapping
    ClaimPage list(@RequestParam(required = false) String campaign, @RequestParam(required = false) String action,
                   @RequestParam(required = false) String target,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        ClaimPage found = queries.query(new ListContributionClaims(Paging.filter(campaign), Paging.filter(action),
                Paging.filter(target), page, size, scope.visibleCampaignIds()), ResponseTypes.instanceOf(ClaimPage.class)).join();
        return new ClaimPage(found.items().stream().map(names::withNames).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    ResponseEntity<RecordWithHistory<ClaimDetails>> get(@PathVariable String id) {
        ClaimDetails claim = find(new ClaimId(id));
        scope.requireVisible(claim.campaignId());
        claim = names.withNames(claim);
        return ResponseEntity.ok().eTag(Versions.etag(claim.version()))
                .body(new RecordWithHistory<>(claim, history(id).entries()));
    }

    @GetMapping("/{id}/history")
    RecordHistory history(@PathVariable String id) {
        scope.requireVisible(find(new ClaimId(id)).campaignId());
        RecordHistory history = queries.query(new GetRecordHistory(id, AGGREGATE_TYPE),
                ResponseTypes.instanceOf(RecordHistory.class)).join();
        if (history == null) {
            throw new NotFound("claim", id);
        }
        return history;
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ClaimDetails> correct(@PathVariable String id, @RequestBody CorrectClaimRequest body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ClaimId claimId = new ClaimId(id);
        var existing = find(claimId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(body.toCommand(claimId, Versions.expected(ifMatch, id, current)));
        return current(claimId);
    }

    @PostMapping("/{id}/retraction")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<ClaimDetails> retract(@PathVariable String id, @RequestBody Retraction body,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ClaimId claimId = new ClaimId(id);
        var existing = find(claimId);
        scope.requireChangeable(existing.campaignId());
        long current = existing.version();
        commands.sendAndWait(new RetractContributionClaim(claimId, Versions.expected(ifMatch, id, current), body.reason()));
        return current(claimId);
    }

    private ResponseEntity<ClaimDetails> current(ClaimId id) {
        ClaimDetails claim = find(id);
        return ResponseEntity.ok().eTag(Versions.etag(claim.version())).body(claim);
    }

    private ClaimDetails find(ClaimId id) {
        ClaimDetails found = findOrNull(id);
        if (found == null) {
            throw new NotFound("claim", id.value());
        }
        return found;
    }

    private ClaimDetails findOrNull(ClaimId id) {
        return queries.query(new FindContributionClaim(id), ResponseTypes.instanceOf(ClaimDetails.class)).join();
    }
}
