package org.advocacyledger.campaign.web;

import java.net.URI;
import java.util.Collection;
import java.util.List;

import org.advocacyledger.campaign.api.AppointCoordinator;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.CampaignSummary;
import org.advocacyledger.campaign.api.FindCampaign;
import org.advocacyledger.campaign.api.InvitePartner;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.campaign.api.ListCampaigns;
import org.advocacyledger.campaign.api.RemovePartner;
import org.advocacyledger.security.CampaignScope;
import org.advocacyledger.security.Organisations;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.web.NotFound;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaigns over HTTP: commands through the command gateway, reads through the query gateway. Callers see
 * only the campaigns their organisation coordinates or partners (administrators and evaluators: all).
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CampaignScope scope;
    private final Organisations organisations;

    CampaignController(CommandGateway commands, QueryGateway queries, CampaignScope scope, Organisations organisations) {
        this.commands = commands;
        this.queries = queries;
        this.scope = scope;
        this.organisations = organisations;
    }

    record OrganisationRequest(String organisation) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<CampaignSummary> launch(@RequestBody LaunchCampaignRequest body, Authentication caller) {
        CampaignId id = CampaignId.create();
        commands.sendAndWait(new LaunchCampaign(id, body.name(), body.countries(), body.issues(), body.goal(),
                scope.organisation(caller)));
        CampaignSummary launched = find(id);
        return ResponseEntity.created(URI.create("/api/campaigns/" + id))
                .eTag(Long.toString(launched.version()))
                .body(launched);
    }

    @GetMapping
    List<CampaignSummary> list(Authentication caller) {
        Collection<String> visible = scope.visibleCampaignIds(caller);
        return queries.query(new ListCampaigns(), ResponseTypes.multipleInstancesOf(CampaignSummary.class)).join().stream()
                .filter(c -> visible == null || visible.contains(c.id()))
                .toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<CampaignSummary> get(@PathVariable String id, Authentication caller) {
        scope.requireVisible(caller, id);
        CampaignSummary campaign = find(new CampaignId(id));
        return ResponseEntity.ok().eTag(Long.toString(campaign.version())).body(campaign);
    }

    @PostMapping("/{id}/coordinator")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    CampaignSummary appointCoordinator(@PathVariable String id, @RequestBody OrganisationRequest body, Authentication caller) {
        scope.requireVisible(caller, id);
        requireKnown(body.organisation());
        commands.sendAndWait(new AppointCoordinator(new CampaignId(id), body.organisation(), scope.actor(caller)));
        return find(new CampaignId(id));
    }

    @PostMapping("/{id}/partners")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    CampaignSummary invitePartner(@PathVariable String id, @RequestBody OrganisationRequest body, Authentication caller) {
        scope.requireVisible(caller, id);
        requireKnown(body.organisation());
        commands.sendAndWait(new InvitePartner(new CampaignId(id), body.organisation(), scope.actor(caller)));
        return find(new CampaignId(id));
    }

    @DeleteMapping("/{id}/partners/{organisation}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    CampaignSummary removePartner(@PathVariable String id, @PathVariable String organisation, Authentication caller) {
        scope.requireVisible(caller, id);
        commands.sendAndWait(new RemovePartner(new CampaignId(id), organisation, scope.actor(caller)));
        return find(new CampaignId(id));
    }

    private void requireKnown(String organisation) {
        if (organisation == null || !organisations.exists(organisation)) {
            throw RuleViolation.of("organisation", "is not a known organisation");
        }
    }

    private CampaignSummary find(CampaignId id) {
        CampaignSummary found = queries.query(new FindCampaign(id), ResponseTypes.instanceOf(CampaignSummary.class)).join();
        if (found == null) {
            throw new NotFound("campaign", id.value());
        }
        return found;
    }
}
