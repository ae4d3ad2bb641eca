package org.advocacyledger.campaign.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Launch a new campaign on some countries (ISO alpha-3) and issues, with an optional goal. The launcher's
 * organisation, if any, becomes its coordinator.
 */
public record LaunchCampaign(
        @TargetAggregateIdentifier CampaignId campaignId,
        String name,
        List<String> countries,
        List<String> issues,
        String goal,
        String coordinatingOrganisation) implements CampaignCommand {

    /** A launch with no coordinating organisation. */
    public LaunchCampaign(CampaignId campaignId, String name, List<String> countries, List<String> issues, String goal) {
        this(campaignId, name, countries, issues, goal, null);
    }
}
