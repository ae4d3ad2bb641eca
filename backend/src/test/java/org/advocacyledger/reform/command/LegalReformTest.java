package org.advocacyledger.reform.command;

import static org.hamcrest.Matchers.containsString;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.reform.api.CorrectLegalReform;
import org.advocacyledger.reform.api.CorrectReformStage;
import org.advocacyledger.reform.api.ReformStageCorrected;
import org.advocacyledger.reform.api.LegalReformCorrected;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.LegalReformRetracted;
import org.advocacyledger.reform.api.RecordLegalReform;
import org.advocacyledger.reform.api.RecordReformStage;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.reform.api.ReformStageRecorded;
import org.advocacyledger.reform.api.RetractLegalReform;
import org.advocacyledger.shared.FakeRecordTypes;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.StateConflict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegalReformTest {

    static final ReformId ID = new ReformId("reform-1");
    static final CampaignId CAMPAIGN = new CampaignId("campaign-1");

    private FixtureConfiguration<LegalReform> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LegalReform.class);
        fixture.registerInjectableResource(new FakeRecordTypes().with(CAMPAIGN.value(), "Campaign"));
    }

    static RecordLegalReform record(ReformStage stage, String date, boolean planned) {
        return new RecordLegalReform(ID, CAMPAIGN, "KOR", "Refugee Act (Law No. 11298)", ReformKind.LAW,
                "A dedicated refugee act", null, null, ReformDirection.PROGRESSIVE, stage, PartialDate.parse(date), planned, null);
    }

    static LegalReformRecorded recorded() {
        return new LegalReformRecorded(ID, CAMPAIGN, "KOR", "Refugee Act (Law No. 11298)", ReformKind.LAW,
                "A dedicated refugee act", null, null, ReformDirection.PROGRESSIVE);
    }

    static ReformStageRecorded stage(ReformStage stage, String date) {
        return new ReformStageRecorded(ID, stage, PartialDate.parse(date), false, null);
    }

    @Test
    void canRecordAReformAtItsFirstStage() {
        fixture.givenNoPriorActivity()
                .when(record(ReformStage.ADOPTED, "2012-02-10", false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded(), stage(ReformStage.ADOPTED, "2012-02-10"));
    }

    @Test
    void cannotRecordWithoutRequiredFieldsOrInAnUnknownCampaign() {
        fixture.givenNoPriorActivity()
                .when(new RecordLegalReform(ID, new CampaignId("x"), "ZZZ", " ", null, null, null, null, null, null, null,
                        false, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(containsString("campaignId"), containsString("country"),
                        containsString("instrument"), containsString("kind"), containsString("summary"),
                        containsString("direction"), containsString("stage")))
                .expectNoEvents();
    }

    @Test
    void cannotExceedLengthLimits() {
        fixture.givenNoPriorActivity()
                .when(new RecordLegalReform(ID, CAMPAIGN, "KOR", "Act", ReformKind.LAW, "x".repeat(301), null,
                        "y".repeat(10_001), ReformDirection.NEUTRAL, ReformStage.PROPOSED, null, false, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(containsString("summary"), containsString("description")))
                .expectNoEvents();
    }

    @Test
    void cannotBeFirstRecordedAsRepealedOrRejected() {
        fixture.givenNoPriorActivity()
                .when(record(ReformStage.REPEALED, "2012", false))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("stage"))
                .expectNoEvents();
    }

    @Test
    void anActualStageIsNotInTheFutureButAPlannedOneMayBe() {
        fixture.givenNoPriorActivity()
                .when(record(ReformStage.PROPOSED, "2999", false))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("stageDate"))
                .expectNoEvents();
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012-02-10"))
                .when(new RecordReformStage(ID, null, ReformStage.IN_FORCE, PartialDate.parse("2999-07-01"), true, "planned"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReformStageRecorded(ID, ReformStage.IN_FORCE, PartialDate.parse("2999-07-01"), true, "planned"));
    }

    @Test
    void stagesFollowTheAllowedTransitions() {
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012-02-10"))
                .when(new RecordReformStage(ID, null, ReformStage.IN_FORCE, PartialDate.parse("2013-07-01"), false, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(stage(ReformStage.IN_FORCE, "2013-07-01"));
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012-02-10"))
                .when(new RecordReformStage(ID, null, ReformStage.PROPOSED, PartialDate.parse("2013"), false, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("cannot follow ADOPTED"))
                .expectNoEvents();
        fixture.given(recorded(), stage(ReformStage.PROPOSED, "2010"), stage(ReformStage.REJECTED, "2011"))
                .when(new RecordReformStage(ID, null, ReformStage.ADOPTED, PartialDate.parse("2012"), false, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"))
                .when(new RecordReformStage(ID, null, null, PartialDate.parse("2012"), false, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPlannedStageIsConfirmedBySameStageLater() {
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012-02-10"),
                        new ReformStageRecorded(ID, ReformStage.IN_FORCE, PartialDate.parse("2013-07-01"), true, null))
                .when(new RecordReformStage(ID, null, ReformStage.IN_FORCE, PartialDate.parse("2013-07-01"), false, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(stage(ReformStage.IN_FORCE, "2013-07-01"));
    }

    @Test
    void aStageIsNotDatedBeforeTheCurrentStage() {
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012-02-10"))
                .when(new RecordReformStage(ID, null, ReformStage.IN_FORCE, PartialDate.parse("2011"), false, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("date"))
                .expectNoEvents();
    }

    @Test
    void canCorrectWithAReasonButNotWithoutOrWithoutChange() {
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"))
                .when(new CorrectLegalReform(ID, null, "KOR", "Refugee Act (Law No. 11298)", ReformKind.LAW,
                        "A dedicated refugee act", "Law No. 11298", null, ReformDirection.PROGRESSIVE, "add the citation"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LegalReformCorrected(ID, "KOR", "Refugee Act (Law No. 11298)", ReformKind.LAW,
                        "A dedicated refugee act", "Law No. 11298", null, ReformDirection.PROGRESSIVE, "add the citation"));
        fixture.given(recorded())
                .when(new CorrectLegalReform(ID, null, "KOR", "Refugee Act (Law No. 11298)", ReformKind.LAW,
                        "A dedicated refugee act", null, null, ReformDirection.PROGRESSIVE, "nothing"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(recorded())
                .when(new CorrectLegalReform(ID, null, "KOR", "Act", ReformKind.LAW, "s", null, null,
                        ReformDirection.PROGRESSIVE, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("reason"))
                .expectNoEvents();
    }

    @Test
    void canCorrectTheDateOfARecordedStage() {
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"), stage(ReformStage.IN_FORCE, "2013-07-01"))
                .when(new CorrectReformStage(ID, null, 1L, PartialDate.parse("2012-02-10"), null, "the day is known"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReformStageCorrected(ID, 1L, PartialDate.parse("2012-02-10"), null, "the day is known"));
    }

    @Test
    void aStageCorrectionFollowsTheStageRules() {
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"), stage(ReformStage.IN_FORCE, "2013-07-01"))
                .when(new CorrectReformStage(ID, null, 7L, PartialDate.parse("2012"), null, "x"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("stageVersion"))
                .expectNoEvents();
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"), stage(ReformStage.IN_FORCE, "2013-07-01"))
                .when(new CorrectReformStage(ID, null, 1L, PartialDate.parse("2014"), null, "x"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("after the next stage"))
                .expectNoEvents();
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"), stage(ReformStage.IN_FORCE, "2013-07-01"))
                .when(new CorrectReformStage(ID, null, 2L, PartialDate.parse("2999"), null, "x"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("future"))
                .expectNoEvents();
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"))
                .when(new CorrectReformStage(ID, null, 1L, PartialDate.parse("2012"), null, "same"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("changes nothing"))
                .expectNoEvents();
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"))
                .when(new CorrectReformStage(ID, null, 1L, PartialDate.parse("2012-05"), null, " "))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("reason"))
                .expectNoEvents();
        fixture.given(recorded(), stage(ReformStage.ADOPTED, "2012"), new LegalReformRetracted(ID, "x"))
                .when(new CorrectReformStage(ID, null, 1L, PartialDate.parse("2012-05"), null, "fix"))
                .expectException(StateConflict.class)
                .expectNoEvents();
    }

    @Test
    void aRetractedReformAcceptsNoChange() {
        fixture.given(recorded(), stage(ReformStage.PROPOSED, "2013"))
                .when(new RetractLegalReform(ID, null, "wrong country"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LegalReformRetracted(ID, "wrong country"));
        fixture.given(recorded(), stage(ReformStage.PROPOSED, "2013"), new LegalReformRetracted(ID, "x"))
                .when(new RecordReformStage(ID, null, ReformStage.ADOPTED, PartialDate.parse("2014"), false, null))
                .expectException(StateConflict.class)
                .expectNoEvents();
        fixture.given(recorded(), new LegalReformRetracted(ID, "x"))
                .when(new RetractLegalReform(ID, null, "again"))
                .expectException(StateConflict.class)
                .expectNoEvents();
        fixture.given(recorded())
                .when(new RetractLegalReform(ID, null, " "))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
