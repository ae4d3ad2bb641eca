package org.advocacyledger.campaign.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Launch a new campaign on some countries (ISO alpha-3) and issues, with an optional goal. */
public record LaunchCampaign(
        @TargetAggregateIdentifier CampaignId campaignId,
        String name,
        List<String> countries,
        List<String> issues,
        String goal) implements CampaignCommand {
}
