package org.advocacyledger.campaign.command;

import java.util.Arrays;
import java.util.List;

import org.advocacyledger.campaign.api.Actor;
import org.advocacyledger.campaign.api.AppointCoordinator;
import org.advocacyledger.campaign.api.CampaignCoordinatorAppointed;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.campaign.api.CampaignPartnerInvited;
import org.advocacyledger.campaign.api.CampaignPartnerRemoved;
import org.advocacyledger.campaign.api.InvitePartner;
import org.advocacyledger.campaign.api.RemovePartner;
import org.advocacyledger.shared.Forbidden;
import org.advocacyledger.campaign.api.CampaignLaunched;
import org.advocacyledger.campaign.api.LaunchCampaign;
import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignTest {

    private static final CampaignId ID = new CampaignId("c-1");

    private FixtureConfiguration<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
    }

    @Test
    void canLaunchCampaign() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(ID, "  Humanitarian status in Korea ", List.of("KOR", "HKG"),
                        List.of(" Rights of humanitarian status holders "), "Equal treatment"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignLaunched(ID, "Humanitarian status in Korea", List.of("KOR", "HKG"),
                        List.of("Rights of humanitarian status holders"), "Equal treatment"));
    }

    @Test
    void blankGoalIsRecordedAsNoGoal() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(ID, "Macao", List.of("MAC"), List.of(), "  "))
                .expectEvents(new CampaignLaunched(ID, "Macao", List.of("MAC"), List.of(), null));
    }

    @Test
    void cannotLaunchWithoutName() {
        expectViolations(new LaunchCampaign(ID, " ", List.of("JPN"), List.of(), null), "name");
    }

    @Test
    void cannotLaunchWithoutCountries() {
        expectViolations(new LaunchCampaign(ID, "A", List.of(), List.of(), null), "countries");
        expectViolations(new LaunchCampaign(ID, "A", null, List.of(), null), "countries");
    }

    @Test
    void cannotLaunchWithCountriesThatAreNotIsoAlpha3() {
        expectViolations(new LaunchCampaign(ID, "A", List.of("JPN", "JP", "jpn", "XXX"), List.of(), null),
                "countries[1]", "countries[2]", "countries[3]");
    }

    @Test
    void cannotRepeatCountry() {
        expectViolations(new LaunchCampaign(ID, "A", List.of("JPN", "JPN"), List.of(), null), "countries");
    }

    @Test
    void cannotExceedLengthLimits() {
        expectViolations(new LaunchCampaign(ID, "n".repeat(201), List.of("JPN"), List.of("i".repeat(201), ""),
                "g".repeat(2001)), "name", "issues[0]", "issues[1]", "goal");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        expectViolations(new LaunchCampaign(ID, null, List.of("ZZZ"), null, null), "name", "countries[0]");
    }

    private static final Actor ADMIN = new Actor(null, true);
    private static final Actor APIL = new Actor("apil", false);
    private static final Actor OTHER = new Actor("other", false);

    @Test
    void launchersOrganisationBecomesCoordinator() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(ID, "A", List.of("JPN"), List.of(), null, "apil"))
                .expectEvents(new CampaignLaunched(ID, "A", List.of("JPN"), List.of(), null),
                        new CampaignCoordinatorAppointed(ID, "apil"));
    }

    @Test
    void coordinatingOrganisationInvitesAndRemovesPartners() {
        fixture.given(launched(), new CampaignCoordinatorAppointed(ID, "apil"))
                .when(new InvitePartner(ID, "nancen", APIL))
                .expectEvents(new CampaignPartnerInvited(ID, "nancen"));
        fixture.given(launched(), new CampaignCoordinatorAppointed(ID, "apil"), new CampaignPartnerInvited(ID, "nancen"))
                .when(new RemovePartner(ID, "nancen", APIL))
                .expectEvents(new CampaignPartnerRemoved(ID, "nancen"));
    }

    @Test
    void anotherOrganisationCannotChangeThePartners() {
        fixture.given(launched(), new CampaignCoordinatorAppointed(ID, "apil"))
                .when(new InvitePartner(ID, "nancen", OTHER))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    @Test
    void cannotInviteTwiceTheCoordinatorOrRemoveANonPartner() {
        fixture.given(launched(), new CampaignCoordinatorAppointed(ID, "apil"), new CampaignPartnerInvited(ID, "nancen"))
                .when(new InvitePartner(ID, "nancen", APIL)).expectException(RuleViolation.class).expectNoEvents();
        fixture.given(launched(), new CampaignCoordinatorAppointed(ID, "apil"))
                .when(new InvitePartner(ID, "apil", ADMIN)).expectException(RuleViolation.class).expectNoEvents();
        fixture.given(launched(), new CampaignCoordinatorAppointed(ID, "apil"))
                .when(new RemovePartner(ID, "nancen", ADMIN)).expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aCoordinatorAppointsOnlyTheirOwnOrganisationAndOnlyWhenThereIsNone() {
        fixture.given(launched())
                .when(new AppointCoordinator(ID, "apil", APIL))
                .expectEvents(new CampaignCoordinatorAppointed(ID, "apil"));
        fixture.given(launched())
                .when(new AppointCoordinator(ID, "apil", OTHER))
                .expectException(Forbidden.class).expectNoEvents();
        fixture.given(launched(), new CampaignCoordinatorAppointed(ID, "apil"))
                .when(new AppointCoordinator(ID, "other", OTHER))
                .expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void anAdministratorHandsCoordinationToAPartnerWhichStopsBeingPartner() {
        fixture.given(launched(), new CampaignCoordinatorAppointed(ID, "apil"), new CampaignPartnerInvited(ID, "nancen"))
                .when(new AppointCoordinator(ID, "nancen", ADMIN))
                .expectEvents(new CampaignCoordinatorAppointed(ID, "nancen"), new CampaignPartnerRemoved(ID, "nancen"));
    }

    private static CampaignLaunched launched() {
        return new CampaignLaunched(ID, "A", List.of("JPN"), List.of(), null);
    }

    private void expectViolations(LaunchCampaign command, String... fields) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RuleViolation.class)
                .expectNoEvents();
        try {
            new Campaign(command);
        } catch (RuleViolation e) {
            assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder(Arrays.asList(fields).toArray(String[]::new));
            return;
        }
        throw new AssertionError("expected a rule violation");
    }
}
