package org.advocacyledger.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.AdvocacyActionCorrected;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.support.TempDataDir;
import org.advocacyledger.timeline.api.GetTimeline;
import org.advocacyledger.timeline.api.TimelineEntry;
import org.advocacyledger.timeline.api.TimelinePage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline as it stood on a past day, rebuilt from the event store. Events recorded in the past are
 * appended to the store with their past timestamps (as if recorded then); the live read model never saw
 * them, so anything the as-of view shows can only come from the event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class TimelineAsOfTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TempDataDir.register(registry);
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStorageEngine storage;

    private List<TimelineEntry> timeline(String campaign, LocalDate asOf) {
        return queries.query(new GetTimeline(campaign, null, null, null, null, null, 0, 50, null, asOf),
                ResponseTypes.instanceOf(TimelinePage.class)).join().items();
    }

    @Test
    void aPastDayShowsWhatWasRecordedByItsEndAndNotLaterCorrections() {
        CampaignId campaign = CampaignId.create();
        commands.sendAndWait(new LaunchCampaign(campaign, "As-of campaign", List.of("JPN"), List.of(), null));
        ActionId action = ActionId.create();
        List<Framing> framings = List.of(new Framing(FramingKind.REFUGEE_CONVENTION, null, null));
        Target target = new Target(TargetKind.MINISTRY, "Ministry of Justice");
        storage.appendEvents(new GenericDomainEventMessage<>("AdvocacyAction", action.value(), 0,
                new AdvocacyActionLogged(action, campaign, "JPN", "Syrian asylum-seekers in Japan", "JAR", ActionType.REPORT,
                        framings, List.of(), target, PartialDate.parse("2019-11"), "first description", null, List.of()),
                MetaData.from(Map.of("userId", "coordinator")), UUID.randomUUID().toString(), Instant.parse("2020-01-10T09:00:00Z")));
        storage.appendEvents(new GenericDomainEventMessage<>("AdvocacyAction", action.value(), 1,
                new AdvocacyActionCorrected(action, "JPN", "Syrian asylum-seekers in Japan", "JAR", ActionType.REPORT, framings,
                        List.of(), target, PartialDate.parse("2019-11"), "corrected description", null, List.of(), "typo"),
                MetaData.from(Map.of("userId", "coordinator")), UUID.randomUUID().toString(), Instant.parse("2020-06-01T09:00:00Z")));

        assertThat(timeline(campaign.value(), LocalDate.parse("2020-01-09"))).as("before it was recorded").isEmpty();
        assertThat(timeline(campaign.value(), LocalDate.parse("2020-01-10")))
                .singleElement().satisfies(e -> assertThat(e.summary() + " " + e.title()).contains("first description"));
        assertThat(timeline(campaign.value(), LocalDate.parse("2020-06-01")))
                .singleElement().satisfies(e -> assertThat(e.summary() + " " + e.title()).contains("corrected description"));
        assertThat(timeline(campaign.value(), null)).as("the live read model never saw these events").isEmpty();

        // another campaign's record of the same days: each campaign's past timeline replays its own records only
        CampaignId other = CampaignId.create();
        commands.sendAndWait(new LaunchCampaign(other, "Other as-of campaign", List.of("KOR"), List.of(), null));
        ActionId otherAction = ActionId.create();
        storage.appendEvents(new GenericDomainEventMessage<>("AdvocacyAction", otherAction.value(), 0,
                new AdvocacyActionLogged(otherAction, other, "KOR", "Detention", "NANCEN", ActionType.REPORT,
                        framings, List.of(), target, PartialDate.parse("2019-12"), "other campaign's report", null, List.of()),
                MetaData.from(Map.of("userId", "coordinator")), UUID.randomUUID().toString(), Instant.parse("2020-03-01T09:00:00Z")));
        assertThat(timeline(other.value(), LocalDate.parse("2020-06-02")))
                .singleElement().satisfies(e -> assertThat(e.recordId()).isEqualTo(otherAction.value()));
        assertThat(timeline(campaign.value(), LocalDate.parse("2020-06-02")))
                .singleElement().satisfies(e -> assertThat(e.recordId()).isEqualTo(action.value()));
    }
}
