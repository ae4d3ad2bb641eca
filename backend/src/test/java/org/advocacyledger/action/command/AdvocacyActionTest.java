package org.advocacyledger.action.command;

import java.util.Collections;
import java.util.List;

import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.AdvocacyActionCorrected;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.AdvocacyActionRetracted;
import org.advocacyledger.action.api.CorrectAdvocacyAction;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.LogAdvocacyAction;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.action.api.RetractAdvocacyAction;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.shared.FakeRecordTypes;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.StateConflict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdvocacyActionTest {

    static final ActionId ID = new ActionId("action-1");
    static final CampaignId CAMPAIGN = new CampaignId("campaign-1");
    static final List<Framing> TWO_FRAMINGS = List.of(
            new Framing(FramingKind.HUMANITARIAN_PROTECTION, ProtectionAvenue.SUBSTANTIVE_NON_REFOULEMENT, null),
            new Framing(FramingKind.REFUGEE_CONVENTION, null, null));
    static final List<LegalBasis> BASES = List.of(new LegalBasis("CAT", "art. 3"));
    static final Target TARGET = new Target(TargetKind.MINISTRY, "Ministry of Justice of Japan");

    private FixtureConfiguration<AdvocacyAction> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AdvocacyAction.class);
        fixture.registerInjectableResource(new FakeRecordTypes()
                .with(CAMPAIGN.value(), "Campaign")
                .with("reform-1", "LegalReform")
                .retracted("campaign-gone", "Campaign"));
    }

    static LogAdvocacyAction log(PartialDate date) {
        return new LogAdvocacyAction(ID, CAMPAIGN, "JPN", " Syrian asylum-seekers in Japan ", "Japan Lawyers Network",
                ActionType.SUBMISSION_TO_UN_BODY, TWO_FRAMINGS, BASES, TARGET, date, "Submission to the CAT committee",
                "internal: follow up in May", List.of("https://example.org/submission.pdf"));
    }

    static AdvocacyActionLogged logged() {
        return new AdvocacyActionLogged(ID, CAMPAIGN, "JPN", "Syrian asylum-seekers in Japan", "Japan Lawyers Network",
                ActionType.SUBMISSION_TO_UN_BODY, TWO_FRAMINGS, BASES, TARGET, PartialDate.parse("2014-03"),
                "Submission to the CAT committee", "internal: follow up in May", List.of("https://example.org/submission.pdf"));
    }

    static CorrectAdvocacyAction correct(PartialDate date, String reason) {
        return new CorrectAdvocacyAction(ID, null, "JPN", "Syrian asylum-seekers in Japan", "Japan Lawyers Network",
                ActionType.SUBMISSION_TO_UN_BODY, TWO_FRAMINGS, BASES, TARGET, date, "Submission to the CAT committee",
                "internal: follow up in May", List.of("https://example.org/submission.pdf"), reason);
    }

    @Test
    void canLogAnActionWithTwoFramingsAndAMonthDate() {
        fixture.givenNoPriorActivity()
                .when(log(PartialDate.parse("2014-03")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(logged());
    }

    @Test
    void canLogAnActionWhoseDateIsUnknown() {
        fixture.givenNoPriorActivity()
                .when(log(null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.predicate(p ->
                                        ((AdvocacyActionLogged) p).date().isUnknown()),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void cannotLogAnActionInAnUnknownCampaign() {
        LogAdvocacyAction c = log(PartialDate.parse("2014"));
        fixture.givenNoPriorActivity()
                .when(new LogAdvocacyAction(ID, new CampaignId("nope"), c.country(), c.issue(), c.actor(), c.actionType(),
                        c.framings(), c.legalBases(), c.target(), c.date(), c.description(), c.notes(), c.evidence()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("campaignId"))
                .expectNoEvents();
    }

    @Test
    void cannotLogAnActionInARecordThatIsNotACampaign() {
        LogAdvocacyAction c = log(PartialDate.parse("2014"));
        fixture.givenNoPriorActivity()
                .when(new LogAdvocacyAction(ID, new CampaignId("reform-1"), c.country(), c.issue(), c.actor(), c.actionType(),
                        c.framings(), c.legalBases(), c.target(), c.date(), c.description(), c.notes(), c.evidence()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotLogWithoutRequiredFields() {
        fixture.givenNoPriorActivity()
                .when(new LogAdvocacyAction(ID, null, null, " ", null, null, null, null, null, null, null, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("campaignId"),
                        org.hamcrest.Matchers.containsString("country"),
                        org.hamcrest.Matchers.containsString("issue"),
                        org.hamcrest.Matchers.containsString("actor"),
                        org.hamcrest.Matchers.containsString("actionType"),
                        org.hamcrest.Matchers.containsString("framings"),
                        org.hamcrest.Matchers.containsString("target"),
                        org.hamcrest.Matchers.containsString("description")))
                .expectNoEvents();
    }

    private LogAdvocacyAction with(java.util.function.UnaryOperator<Object[]> change) {
        LogAdvocacyAction c = log(PartialDate.parse("2014"));
        Object[] f = {c.country(), c.issue(), c.actor(), c.actionType(), c.framings(), c.legalBases(), c.target(),
                c.date(), c.description(), c.notes(), c.evidence()};
        f = change.apply(f);
        @SuppressWarnings("unchecked")
        LogAdvocacyAction changed = new LogAdvocacyAction(ID, CAMPAIGN, (String) f[0], (String) f[1], (String) f[2],
                (ActionType) f[3], (List<Framing>) f[4], (List<LegalBasis>) f[5], (Target) f[6], (PartialDate) f[7],
                (String) f[8], (String) f[9], (List<String>) f[10]);
        return changed;
    }

    private void rejects(LogAdvocacyAction command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(field))
                .expectNoEvents();
    }

    @Test
    void cannotLogAnUnknownCountry() {
        rejects(with(f -> { f[0] = "XXX"; return f; }), "country");
        rejects(with(f -> { f[0] = "JP"; return f; }), "country");
    }

    @Test
    void acceptsHongKongAndMacaoAsJurisdictions() {
        fixture.givenNoPriorActivity().when(with(f -> { f[0] = "HKG"; return f; })).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity().when(with(f -> { f[0] = "MAC"; return f; })).expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotLogAFutureDate() {
        rejects(with(f -> { f[7] = PartialDate.parse("2999-01-01"); return f; }), "date");
        rejects(with(f -> { f[7] = PartialDate.parse("2999"); return f; }), "date");
    }

    @Test
    void cannotExceedLengthLimits() {
        rejects(with(f -> { f[8] = "x".repeat(10_001); return f; }), "description");
        rejects(with(f -> { f[9] = "x".repeat(10_001); return f; }), "notes");
        rejects(with(f -> { f[1] = "x".repeat(301); return f; }), "issue");
        rejects(with(f -> { f[2] = "x".repeat(301); return f; }), "actor");
    }

    @Test
    void cannotHaveMoreThanTwentyEvidenceLinksOrNonHttpLinks() {
        rejects(with(f -> { f[10] = Collections.nCopies(21, "https://example.org/a"); return f; }), "evidence");
        rejects(with(f -> { f[10] = List.of("javascript:alert(1)"); return f; }), "evidence[0]");
        rejects(with(f -> { f[10] = List.of("ftp://example.org/x"); return f; }), "evidence[0]");
        rejects(with(f -> { f[10] = List.of("https://ok.example", "not a url"); return f; }), "evidence[1]");
    }

    @Test
    void framingsFollowTheTaxonomy() {
        rejects(with(f -> { f[4] = List.of(); return f; }), "framings");
        rejects(with(f -> { f[4] = List.of(new Framing(FramingKind.REFUGEE_CONVENTION,
                ProtectionAvenue.NON_DISCRIMINATION, null)); return f; }), "framings[0].avenue");
        rejects(with(f -> { f[4] = List.of(new Framing(FramingKind.OTHER, null, " ")); return f; }), "framings[0].otherName");
        rejects(with(f -> { f[4] = List.of(new Framing(FramingKind.REFUGEE_CONVENTION, null, "x")); return f; }),
                "framings[0].otherName");
        rejects(with(f -> { f[4] = List.of(new Framing(FramingKind.REFUGEE_CONVENTION, null, null),
                new Framing(FramingKind.REFUGEE_CONVENTION, null, null)); return f; }), "framings[1]");
        rejects(with(f -> { f[4] = java.util.Arrays.asList(new Framing(null, null, null)); return f; }), "framings[0].kind");
    }

    @Test
    void legalBasesAndTargetAreChecked() {
        rejects(with(f -> { f[5] = List.of(new LegalBasis(" ", "art. 3")); return f; }), "legalBases[0].instrument");
        rejects(with(f -> { f[6] = new Target(null, "Ministry"); return f; }), "target.kind");
        rejects(with(f -> { f[6] = new Target(TargetKind.COURT, ""); return f; }), "target.name");
    }

    @Test
    void canCorrectAnActionWithAReason() {
        fixture.given(logged())
                .when(correct(PartialDate.parse("2014-03-05"), "The day is in the committee's records"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AdvocacyActionCorrected(ID, "JPN", "Syrian asylum-seekers in Japan",
                        "Japan Lawyers Network", ActionType.SUBMISSION_TO_UN_BODY, TWO_FRAMINGS, BASES, TARGET,
                        PartialDate.parse("2014-03-05"), "Submission to the CAT committee", "internal: follow up in May",
                        List.of("https://example.org/submission.pdf"), "The day is in the committee's records"));
    }

    @Test
    void cannotCorrectWithoutAReason() {
        fixture.given(logged())
                .when(correct(PartialDate.parse("2014-03-05"), " "))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("reason"))
                .expectNoEvents();
    }

    @Test
    void cannotCorrectWithNoChange() {
        fixture.given(logged())
                .when(correct(PartialDate.parse("2014-03"), "no change"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("changes nothing"))
                .expectNoEvents();
    }

    @Test
    void cannotCorrectIntoAnInvalidAction() {
        fixture.given(logged())
                .when(correct(PartialDate.parse("2999"), "typo"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("date"))
                .expectNoEvents();
    }

    @Test
    void canRetractWithAReason() {
        fixture.given(logged())
                .when(new RetractAdvocacyAction(ID, null, "Logged twice"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AdvocacyActionRetracted(ID, "Logged twice"));
    }

    @Test
    void cannotRetractWithoutAReason() {
        fixture.given(logged())
                .when(new RetractAdvocacyAction(ID, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aRetractedActionAcceptsNoChange() {
        fixture.given(logged(), new AdvocacyActionRetracted(ID, "Logged twice"))
                .when(correct(PartialDate.parse("2014-03-05"), "fix"))
                .expectException(StateConflict.class)
                .expectNoEvents();
        fixture.given(logged(), new AdvocacyActionRetracted(ID, "Logged twice"))
                .when(new RetractAdvocacyAction(ID, null, "again"))
                .expectException(StateConflict.class)
                .expectNoEvents();
    }
}
