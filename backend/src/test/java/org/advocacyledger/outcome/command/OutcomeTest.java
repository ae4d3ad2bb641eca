package org.advocacyledger.outcome.command;

import static org.hamcrest.Matchers.containsString;

import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.outcome.api.CorrectOutcome;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeCorrected;
import org.advocacyledger.outcome.api.OutcomeId;
import org.advocacyledger.outcome.api.OutcomeMetric;
import org.advocacyledger.outcome.api.OutcomeRecorded;
import org.advocacyledger.outcome.api.OutcomeRetracted;
import org.advocacyledger.outcome.api.OutcomeUnit;
import org.advocacyledger.outcome.api.PracticeChange;
import org.advocacyledger.outcome.api.RecordOutcome;
import org.advocacyledger.outcome.api.RetractOutcome;
import org.advocacyledger.shared.FakeRecordTypes;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.Period;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.StateConflict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    static final OutcomeId ID = new OutcomeId("outcome-1");
    static final CampaignId CAMPAIGN = new CampaignId("campaign-1");
    static final Measurement GRANTS = new Measurement(OutcomeMetric.HUMANITARIAN_PROTECTION_GRANTS, null,
            Period.parse("1994 to 2015-08"), 879L, OutcomeUnit.PERSONS, "UNHCR statistics");
    static final PracticeChange WORK_PERMITS = new PracticeChange("Ministry of Justice of Korea",
            "Work permits for humanitarian status holders no longer need a signed employment contract",
            PartialDate.parse("2015"), "Status holders can look for work", null);

    private FixtureConfiguration<Outcome> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Outcome.class);
        fixture.registerInjectableResource(new FakeRecordTypes().with(CAMPAIGN.value(), "Campaign"));
    }

    private void rejects(RecordOutcome command, String field) {
        fixture.givenNoPriorActivity().when(command)
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString(field))
                .expectNoEvents();
    }

    @Test
    void canRecordAMeasuredFigureOverASpan() {
        fixture.givenNoPriorActivity()
                .when(new RecordOutcome(ID, CAMPAIGN, "KOR", GRANTS, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutcomeRecorded(ID, CAMPAIGN, "KOR", GRANTS, null));
    }

    @Test
    void canRecordAChangeOfPractice() {
        fixture.givenNoPriorActivity()
                .when(new RecordOutcome(ID, CAMPAIGN, "KOR", null, WORK_PERMITS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutcomeRecorded(ID, CAMPAIGN, "KOR", null, WORK_PERMITS));
    }

    @Test
    void needsExactlyOneFormACampaignAndACountry() {
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", GRANTS, WORK_PERMITS), "measurement");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", null, null), "measurement");
        rejects(new RecordOutcome(ID, new CampaignId("nope"), "KOR", GRANTS, null), "campaignId");
        rejects(new RecordOutcome(ID, CAMPAIGN, "Korea", GRANTS, null), "country");
    }

    @Test
    void measurementsAreComplete() {
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", new Measurement(null, null, null, null, null, null), null),
                "measurement.metric");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", new Measurement(OutcomeMetric.REJECTIONS, null,
                Period.parse("2015"), -1L, OutcomeUnit.CASES, "MOJ"), null), "measurement.value");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", new Measurement(OutcomeMetric.OTHER, null,
                Period.parse("2015"), 1L, OutcomeUnit.CASES, "MOJ"), null), "measurement.otherMetric");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", new Measurement(OutcomeMetric.REJECTIONS, "x",
                Period.parse("2015"), 1L, OutcomeUnit.CASES, "MOJ"), null), "measurement.otherMetric");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", new Measurement(OutcomeMetric.REJECTIONS, null,
                Period.parse("2999"), 1L, OutcomeUnit.CASES, "MOJ"), null), "measurement.period");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", new Measurement(OutcomeMetric.REJECTIONS, null,
                Period.parse("2015"), 1L, OutcomeUnit.CASES, " "), null), "measurement.source");
    }

    @Test
    void changesOfPracticeAreComplete() {
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", null, new PracticeChange(" ", null, null, null, null)),
                "practiceChange.changedBy");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", null, new PracticeChange("MOJ", null, null, null, null)),
                "practiceChange.change");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", null, new PracticeChange("MOJ", "x", PartialDate.parse("2999-01"),
                null, null)), "practiceChange.date");
        rejects(new RecordOutcome(ID, CAMPAIGN, "KOR", null, new PracticeChange("MOJ", "x".repeat(10_001), null,
                null, null)), "practiceChange.change");
    }

    @Test
    void canCorrectWithAReasonAndNotWithoutOne() {
        Measurement fixed = new Measurement(OutcomeMetric.HUMANITARIAN_PROTECTION_GRANTS, null,
                Period.parse("1994 to 2015-08"), 880L, OutcomeUnit.PERSONS, "UNHCR statistics");
        fixture.given(new OutcomeRecorded(ID, CAMPAIGN, "KOR", GRANTS, null))
                .when(new CorrectOutcome(ID, null, "KOR", fixed, null, "typo"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OutcomeCorrected(ID, "KOR", fixed, null, "typo"));
        fixture.given(new OutcomeRecorded(ID, CAMPAIGN, "KOR", GRANTS, null))
                .when(new CorrectOutcome(ID, null, "KOR", fixed, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(new OutcomeRecorded(ID, CAMPAIGN, "KOR", GRANTS, null))
                .when(new CorrectOutcome(ID, null, "KOR", GRANTS, null, "same"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("changes nothing"))
                .expectNoEvents();
    }

    @Test
    void aRetractedOutcomeAcceptsNoChange() {
        fixture.given(new OutcomeRecorded(ID, CAMPAIGN, "KOR", GRANTS, null))
                .when(new RetractOutcome(ID, null, "wrong source"))
                .expectEvents(new OutcomeRetracted(ID, "wrong source"));
        fixture.given(new OutcomeRecorded(ID, CAMPAIGN, "KOR", GRANTS, null), new OutcomeRetracted(ID, "x"))
                .when(new CorrectOutcome(ID, null, "JPN", GRANTS, null, "country"))
                .expectException(StateConflict.class)
                .expectNoEvents();
        fixture.given(new OutcomeRecorded(ID, CAMPAIGN, "KOR", GRANTS, null))
                .when(new RetractOutcome(ID, null, ""))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
