package org.advocacyledger.campaign.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.advocacyledger.campaign.api.Actor;
import org.advocacyledger.campaign.api.AppointCoordinator;
import org.advocacyledger.campaign.api.CampaignCoordinatorAppointed;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.CampaignPartnerInvited;
import org.advocacyledger.campaign.api.CampaignPartnerRemoved;
import org.advocacyledger.campaign.api.InvitePartner;
import org.advocacyledger.campaign.api.RemovePartner;
import org.advocacyledger.campaign.api.CampaignLaunched;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.shared.Countries;
import org.advocacyledger.shared.Forbidden;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.Rules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A campaign and its rules. */
@Aggregate(cache = "aggregateCache")
public class Campaign {

    static final int MAX_NAME = 200;
    static final int MAX_COUNTRIES = 50;
    static final int MAX_ISSUES = 50;
    static final int MAX_ISSUE = 200;
    static final int MAX_GOAL = 2_000;
    static final int MAX_PARTNERS = 100;

    @AggregateIdentifier
    private CampaignId campaignId;
    private String coordinator;
    private final Set<String> partners = new HashSet<>();

    protected Campaign() {
        // for Axon
    }

    @CommandHandler
    public Campaign(LaunchCampaign command) {
        Rules rules = new Rules()
                .requireText(command.name(), "name", MAX_NAME)
                .require(command.countries() != null && !command.countries().isEmpty(), "countries",
                        "name at least one country (ISO 3166-1 alpha-3, e.g. JPN)")
                .maxSize(command.countries(), "countries", MAX_COUNTRIES)
                .maxSize(command.issues(), "issues", MAX_ISSUES)
                .optionalText(command.goal(), "goal", MAX_GOAL);
        List<String> countries = command.countries() == null ? List.of() : command.countries();
        for (int i = 0; i < countries.size(); i++) {
            rules.require(Countries.isAlpha3(countries.get(i)), "countries[" + i + "]",
                    "is not an ISO 3166-1 alpha-3 country code");
        }
        rules.require(countries.stream().distinct().count() == countries.size(), "countries", "must not repeat a country");
        List<String> issues = command.issues() == null ? List.of() : command.issues();
        for (int i = 0; i < issues.size(); i++) {
            rules.requireText(issues.get(i), "issues[" + i + "]", MAX_ISSUE);
        }
        rules.check();
        apply(new CampaignLaunched(command.campaignId(), command.name().strip(), List.copyOf(countries),
                issues.stream().map(String::strip).toList(),
                command.goal() == null || command.goal().isBlank() ? null : command.goal().strip()));
        if (command.coordinatingOrganisation() != null) {
            apply(new CampaignCoordinatorAppointed(command.campaignId(), command.coordinatingOrganisation()));
        }
    }

    @CommandHandler
    void handle(AppointCoordinator command) {
        new Rules().requireText(command.organisation(), "organisation", 40).check();
        if (!command.actor().administrator()
                && (coordinator != null || !command.organisation().equals(command.actor().organisation()))) {
            throw new Forbidden("Only an administrator can change a campaign's coordinator, "
                    + "and a coordinator can appoint only their own organisation to a campaign that has none");
        }
        if (command.organisation().equals(coordinator)) {
            throw RuleViolation.of("organisation", "already coordinates this campaign");
        }
        apply(new CampaignCoordinatorAppointed(campaignId, command.organisation()));
        if (partners.contains(command.organisation())) {
            apply(new CampaignPartnerRemoved(campaignId, command.organisation()));
        }
    }

    @CommandHandler
    void handle(InvitePartner command) {
        requireCoordinating(command.actor());
        new Rules().requireText(command.organisation(), "organisation", 40)
                .require(!command.organisation().equals(coordinator), "organisation", "coordinates this campaign already")
                .require(!partners.contains(command.organisation()), "organisation", "is already a partner")
                .require(partners.size() < MAX_PARTNERS, "organisation", "a campaign has at most " + MAX_PARTNERS + " partners")
                .check();
        apply(new CampaignPartnerInvited(campaignId, command.organisation()));
    }

    @CommandHandler
    void handle(RemovePartner command) {
        requireCoordinating(command.actor());
        new Rules().require(partners.contains(command.organisation()), "organisation", "is not a partner of this campaign").check();
        apply(new CampaignPartnerRemoved(campaignId, command.organisation()));
    }

    private void requireCoordinating(Actor actor) {
        if (!actor.administrator() && (actor.organisation() == null ? coordinator != null : !actor.organisation().equals(coordinator))) {
            throw new Forbidden("Only the coordinating organisation or an administrator can change the partners");
        }
    }

    @EventSourcingHandler
    void on(CampaignLaunched event) {
        this.campaignId = event.campaignId();
    }

    @EventSourcingHandler
    void on(CampaignCoordinatorAppointed event) {
        this.coordinator = event.organisation();
    }

    @EventSourcingHandler
    void on(CampaignPartnerInvited event) {
        partners.add(event.organisation());
    }

    @EventSourcingHandler
    void on(CampaignPartnerRemoved event) {
        partners.remove(event.organisation());
    }
}
