package org.advocacyledger.campaign.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.CampaignLaunched;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.shared.Countries;
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

    @AggregateIdentifier
    private CampaignId campaignId;

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
    }

    @EventSourcingHandler
    void on(CampaignLaunched event) {
        this.campaignId = event.campaignId();
    }
}
