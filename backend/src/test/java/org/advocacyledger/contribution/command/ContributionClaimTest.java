package org.advocacyledger.contribution.command;

import static org.hamcrest.Matchers.containsString;

import java.util.Collections;
import java.util.List;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.contribution.api.ClaimContribution;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.ContributionClaimCorrected;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ContributionClaimRetracted;
import org.advocacyledger.contribution.api.ContributionClaimSubstantiated;
import org.advocacyledger.contribution.api.Independence;
import org.advocacyledger.contribution.api.SubstantiateClaim;
import org.advocacyledger.contribution.api.ContributionClaimed;
import org.advocacyledger.contribution.api.CorrectContributionClaim;
import org.advocacyledger.contribution.api.RetractContributionClaim;
import org.advocacyledger.shared.FakeRecordTypes;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.StateConflict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContributionClaimTest {

    static final ClaimId ID = new ClaimId("claim-1");
    static final CampaignId CAMPAIGN = new CampaignId("campaign-1");

    private FixtureConfiguration<ContributionClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContributionClaim.class);
        fixture.registerInjectableResource(new FakeRecordTypes()
                .with(CAMPAIGN.value(), "Campaign")
                .with("a1", "AdvocacyAction").with("a2", "AdvocacyAction")
                .retracted("a-gone", "AdvocacyAction")
                .with("r1", "LegalReform").with("o1", "Outcome"));
    }

    static ClaimContribution claim(List<String> actions, ClaimTargetType type, String target) {
        return new ClaimContribution(ID, CAMPAIGN, actions, type, target, ClaimStrength.SIGNIFICANT,
                "Civil-society pressure preceded the act", "Article, section 2", List.of("https://example.org/a"));
    }

    static ContributionClaimed claimed() {
        return new ContributionClaimed(ID, CAMPAIGN, List.of("a1", "a2"), ClaimTargetType.REFORM, "r1",
                ClaimStrength.SIGNIFICANT, "Civil-society pressure preceded the act", "Article, section 2",
                List.of("https://example.org/a"));
    }

    private void rejects(ClaimContribution command, String field) {
        fixture.givenNoPriorActivity().when(command)
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString(field))
                .expectNoEvents();
    }

    @Test
    void canClaimThatActionsContributedToAReformOrAnOutcome() {
        fixture.givenNoPriorActivity()
                .when(claim(List.of("a1", "a2"), ClaimTargetType.REFORM, "r1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(claimed());
        fixture.givenNoPriorActivity()
                .when(claim(List.of("a1"), ClaimTargetType.OUTCOME, "o1"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theActionsAndTargetMustExistWithTheRightType() {
        rejects(claim(List.of(), ClaimTargetType.REFORM, "r1"), "actionIds");
        rejects(claim(List.of("a1", "nope"), ClaimTargetType.REFORM, "r1"), "actionIds[1]");
        rejects(claim(List.of("r1"), ClaimTargetType.REFORM, "r1"), "actionIds[0]");
        rejects(claim(List.of("a-gone"), ClaimTargetType.REFORM, "r1"), "actionIds[0]");
        rejects(claim(List.of("a1", "a1"), ClaimTargetType.REFORM, "r1"), "actionIds[1]");
        rejects(claim(List.of("a1"), ClaimTargetType.REFORM, "o1"), "targetId");
        rejects(claim(List.of("a1"), ClaimTargetType.OUTCOME, null), "targetId");
        rejects(claim(List.of("a1"), null, "r1"), "targetType");
        rejects(claim(Collections.nCopies(51, "a1"), ClaimTargetType.REFORM, "r1"), "actionIds");
    }

    @Test
    void strengthExplanationAndEvidenceAreChecked() {
        rejects(new ClaimContribution(ID, CAMPAIGN, List.of("a1"), ClaimTargetType.REFORM, "r1", null, " ", null, null),
                "strength");
        rejects(new ClaimContribution(ID, CAMPAIGN, List.of("a1"), ClaimTargetType.REFORM, "r1", ClaimStrength.MINOR,
                " ", null, null), "explanation");
        rejects(new ClaimContribution(ID, CAMPAIGN, List.of("a1"), ClaimTargetType.REFORM, "r1", ClaimStrength.MINOR,
                "x", "y".repeat(10_001), null), "evidence");
        rejects(new ClaimContribution(ID, CAMPAIGN, List.of("a1"), ClaimTargetType.REFORM, "r1", ClaimStrength.MINOR,
                "x", null, List.of("file:///etc/passwd")), "evidenceLinks[0]");
        rejects(new ClaimContribution(ID, new CampaignId("nope"), List.of("a1"), ClaimTargetType.REFORM, "r1",
                ClaimStrength.MINOR, "x", null, null), "campaignId");
    }

    @Test
    void canCorrectWithAReason() {
        fixture.given(claimed())
                .when(new CorrectContributionClaim(ID, null, List.of("a1", "a2"), ClaimTargetType.REFORM, "r1",
                        ClaimStrength.PARTIAL, "Civil-society pressure preceded the act", "Article, section 2",
                        List.of("https://example.org/a"), "overstated"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContributionClaimCorrected(ID, List.of("a1", "a2"), ClaimTargetType.REFORM, "r1",
                        ClaimStrength.PARTIAL, "Civil-society pressure preceded the act", "Article, section 2",
                        List.of("https://example.org/a"), "overstated"));
        fixture.given(claimed())
                .when(new CorrectContributionClaim(ID, null, List.of("a1", "a2"), ClaimTargetType.REFORM, "r1",
                        ClaimStrength.PARTIAL, "x", null, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("reason"))
                .expectNoEvents();
    }

    @Test
    void aRetractedClaimAcceptsNoChange() {
        fixture.given(claimed())
                .when(new RetractContributionClaim(ID, null, "withdrawn"))
                .expectEvents(new ContributionClaimRetracted(ID, "withdrawn"));
        fixture.given(claimed(), new ContributionClaimRetracted(ID, "withdrawn"))
                .when(new CorrectContributionClaim(ID, null, List.of("a1"), ClaimTargetType.REFORM, "r1",
                        ClaimStrength.PARTIAL, "x", null, null, "again"))
                .expectException(StateConflict.class)
                .expectNoEvents();
        fixture.given(claimed())
                .when(new RetractContributionClaim(ID, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    private static SubstantiateClaim substantiation(String id, Agreement contribution) {
        return new SubstantiateClaim(ID, id, "Former official of the Ministry of Justice", Independence.INDEPENDENT,
                Agreement.FULLY, Agreement.PARTLY, contribution, "Confirms the testimony was cited");
    }

    @Test
    void anEvaluatorRecordsSeveralSubstantiations() {
        fixture.given(claimed())
                .when(substantiation("s-1", Agreement.FULLY))
                .expectEvents(new ContributionClaimSubstantiated(ID, "s-1", "Former official of the Ministry of Justice",
                        Independence.INDEPENDENT, Agreement.FULLY, Agreement.PARTLY, Agreement.FULLY, "Confirms the testimony was cited"));
        fixture.given(claimed(), new ContributionClaimSubstantiated(ID, "s-1", "role", Independence.INDEPENDENT,
                        Agreement.FULLY, Agreement.FULLY, Agreement.FULLY, null))
                .when(substantiation("s-2", Agreement.NOT))
                .expectEvents(new ContributionClaimSubstantiated(ID, "s-2", "Former official of the Ministry of Justice",
                        Independence.INDEPENDENT, Agreement.FULLY, Agreement.PARTLY, Agreement.NOT, "Confirms the testimony was cited"));
    }

    @Test
    void aSubstantiationNeedsRoleIndependenceAndThreeJudgements() {
        fixture.given(claimed())
                .when(new SubstantiateClaim(ID, "s-1", " ", null, Agreement.FULLY, null, Agreement.FULLY, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theSameSubstantiationIsNotRecordedTwiceNorOnARetractedClaim() {
        fixture.given(claimed(), new ContributionClaimSubstantiated(ID, "s-1", "role", Independence.INDEPENDENT,
                        Agreement.FULLY, Agreement.FULLY, Agreement.FULLY, null))
                .when(substantiation("s-1", Agreement.FULLY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(claimed(), new ContributionClaimRetracted(ID, "withdrawn"))
                .when(substantiation("s-2", Agreement.FULLY))
                .expectException(StateConflict.class)
                .expectNoEvents();
    }
}
