package org.advocacyledger.campaign.web;

import java.net.URI;
import java.util.List;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.CampaignSummary;
import org.advocacyledger.campaign.api.FindCampaign;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.campaign.api.ListCampaigns;
import org.advocacyledger.shared.web.NotFound;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns over HTTP: commands through the command gateway, reads through the query gateway. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    CampaignController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    ResponseEntity<CampaignSummary> launch(@RequestBody LaunchCampaignRequest body) {
        CampaignId id = CampaignId.create();
        commands.sendAndWait(new LaunchCampaign(id, body.name(), body.countries(), body.issues(), body.goal()));
        CampaignSummary launched = find(id);
        return ResponseEntity.created(URI.create("/api/campaigns/" + id))
                .eTag(Long.toString(launched.version()))
                .body(launched);
    }

    @GetMapping
    List<CampaignSummary> list() {
        return queries.query(new ListCampaigns(), ResponseTypes.multipleInstancesOf(CampaignSummary.class)).join();
    }

    @GetMapping("/{id}")
    ResponseEntity<CampaignSummary> get(@PathVariable String id) {
        CampaignSummary campaign = find(new CampaignId(id));
        return ResponseEntity.ok().eTag(Long.toString(campaign.version())).body(campaign);
    }

    private CampaignSummary find(CampaignId id) {
        CampaignSummary found = queries.query(new FindCampaign(id), ResponseTypes.instanceOf(CampaignSummary.class)).join();
        if (found == null) {
            throw new NotFound("campaign", id.value());
        }
        return found;
    }
}
