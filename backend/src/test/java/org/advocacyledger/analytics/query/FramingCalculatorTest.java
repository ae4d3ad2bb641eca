package org.advocacyledger.analytics.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ClaimId;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.contribution.api.ContributionClaimCorrected;
import org.advocacyledger.contribution.api.ContributionClaimSubstantiated;
import org.advocacyledger.contribution.api.ContributionClaimed;
import org.advocacyledger.contribution.api.Independence;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.reform.api.ReformStageRecorded;
import org.advocacyledger.shared.PartialDate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A hand-built scenario with known answers: two countries, three framings, claims of mixed strengths,
 * one disputed, a correction and a substantiation after day D. Every expected number is worked out by
 * hand in the comments.
 *
 * <pre>
 * Actions (campaign c1)                    Reforms                                      Claims
 * a1 KOR HP/non-refoulement 2010-01 CAT 3  r1 KOR progressive PROPOSED 2010-06,        k1 [a1,a2]->r1 SIGNIFICANT(3)
 * a2 KOR Refugee Conv.      2009    RC 33               ADOPTED 2011-03                   substantiated FULLY after D
 * a3 JPN HP/status holders + constitutional   r2 JPN progressive PROPOSED 2012,        k2 [a1]->r1 MINOR(1), corrected
 *        2012-06                                          IN_FORCE 2014-01                  to PARTIAL(2) after D
 * a4 JPN Refugee Conv.      2013-01         r3 JPN regressive ADOPTED 2013-06          k3 [a3]->r2 DECISIVE(4), disputed (NOT) before D
 * </pre>
 */
class FramingCalculatorTest {

    static final Instant BEFORE_D = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate D = LocalDate.parse("2026-03-01");
    static final Instant AFTER_D = Instant.parse("2026-03-05T10:00:00Z");
    static final CampaignId C1 = new CampaignId("c1");

    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new java.util.HashMap<>();

    private void event(String type, String id, Object payload, Instant at) {
        long sequence = sequences.merge(id, 1L, Long::sum) - 1;
        events.add(new GenericDomainEventMessage<>(type, id, sequence, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), at));
    }

    private void action(String id, String country, List<Framing> framings, String date, List<LegalBasis> bases) {
        event("AdvocacyAction", id, new AdvocacyActionLogged(new ActionId(id), C1, country, "issue", "actor", ActionType.REPORT,
                framings, bases, new Target(TargetKind.MINISTRY, "Ministry"), PartialDate.parse(date), "d", null, List.of()), BEFORE_D);
    }

    private void reform(String id, String country, ReformDirection direction, Object[]... stages) {
        event("LegalReform", id, new LegalReformRecorded(new ReformId(id), C1, country, "Act", ReformKind.LAW, "s", null, null, direction),
                BEFORE_D);
        for (Object[] stage : stages) {
            event("LegalReform", id, new ReformStageRecorded(new ReformId(id), (ReformStage) stage[0],
                    PartialDate.parse((String) stage[1]), false, null), BEFORE_D);
        }
    }

    private void claim(String id, List<String> actions, String reform, ClaimStrength strength) {
        event("ContributionClaim", id, new ContributionClaimed(new ClaimId(id), C1, actions, ClaimTargetType.REFORM, reform, strength,
                "how", null, List.of()), BEFORE_D);
    }

    private void scenario() {
        Framing nonRefoulement = new Framing(FramingKind.HUMANITARIAN_PROTECTION, ProtectionAvenue.SUBSTANTIVE_NON_REFOULEMENT, null);
        Framing statusHolders = new Framing(FramingKind.HUMANITARIAN_PROTECTION, ProtectionAvenue.RIGHTS_OF_STATUS_HOLDERS, null);
        Framing convention = new Framing(FramingKind.REFUGEE_CONVENTION, null, null);
        Framing constitutional = new Framing(FramingKind.DOMESTIC_CONSTITUTIONAL, null, null);
        action("a1", "KOR", List.of(nonRefoulement), "2010-01", List.of(new LegalBasis("CAT", "art. 3")));
        action("a2", "KOR", List.of(convention), "2009", List.of(new LegalBasis("Refugee Convention", "art. 33")));
        action("a3", "JPN", List.of(statusHolders, constitutional), "2012-06", List.of());
        action("a4", "JPN", List.of(convention), "2013-01", List.of());
        reform("r1", "KOR", ReformDirection.PROGRESSIVE, new Object[] {ReformStage.PROPOSED, "2010-06"},
                new Object[] {ReformStage.ADOPTED, "2011-03"});
        reform("r2", "JPN", ReformDirection.PROGRESSIVE, new Object[] {ReformStage.PROPOSED, "2012"},
                new Object[] {ReformStage.IN_FORCE, "2014-01"});
        reform("r3", "JPN", ReformDirection.REGRESSIVE, new Object[] {ReformStage.ADOPTED, "2013-06"});
        claim("k1", List.of("a1", "a2"), "r1", ClaimStrength.SIGNIFICANT);
        claim("k2", List.of("a1"), "r1", ClaimStrength.MINOR);
        claim("k3", List.of("a3"), "r2", ClaimStrength.DECISIVE);
        event("ContributionClaim", "k3", new ContributionClaimSubstantiated(new ClaimId("k3"), "s3", "official",
                Independence.INDEPENDENT, Agreement.FULLY, Agreement.PARTLY, Agreement.NOT, null), BEFORE_D);
        // after D
        event("ContributionClaim", "k2", new ContributionClaimCorrected(new ClaimId("k2"), List.of("a1"), ClaimTargetType.REFORM, "r1",
                ClaimStrength.PARTIAL, "how", null, List.of(), "stronger than first thought"), AFTER_D);
        event("ContributionClaim", "k1", new ContributionClaimSubstantiated(new ClaimId("k1"), "s1", "professor",
                Independence.INDEPENDENT, Agreement.FULLY, Agreement.FULLY, Agreement.FULLY, null), AFTER_D);
    }

    private Map<String, FramingRow> rows(LocalDate asOf, boolean byLegalBasis) {
        scenario();
        return computed(asOf, byLegalBasis);
    }

    private Map<String, FramingRow> computed(LocalDate asOf, boolean byLegalBasis) {
        RecordFold fold = new RecordFold();
        Instant end = asOf == null ? null : asOf.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        events.stream().sorted(java.util.Comparator.comparing(DomainEventMessage<?>::getAggregateIdentifier)
                        .thenComparing(DomainEventMessage::getSequenceNumber))
                .forEach(e -> fold.applyIfRecordedBefore(e, end));
        // reach stub: KOR 2010 recognized 5 / complementary 100, KOR 2012: 7 / 200; nothing for JPN
        FramingCalculator.Reach reach = (country, year) -> country.equals("KOR") && year == 2010 ? new long[] {5, 100}
                : country.equals("KOR") && year == 2012 ? new long[] {7, 200} : null;
        List<FramingRow> rows = FramingCalculator.compute(fold,
                new GetFramingAnalytics(List.of("KOR", "JPN"), null, null, null, asOf, 36, 1, byLegalBasis, null), reach);
        Map<String, FramingRow> byKey = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r.legalBasis() != null ? r.legalBasis() : r.avenue() == null ? r.framing() : r.avenue(), r));
        return byKey;
    }

    @Test
    void todayEveryFieldAsWorkedOutByHand() {
        Map<String, FramingRow> rows = rows(null, false);
        assertThat(rows.keySet()).containsExactly("REFUGEE_CONVENTION", "HUMANITARIAN_PROTECTION", "SUBSTANTIVE_NON_REFOULEMENT",
                "PROCEDURAL_PROTECTION", "RIGHTS_OF_STATUS_HOLDERS", "NON_DISCRIMINATION", "DOMESTIC_CONSTITUTIONAL", "OTHER");

        // Humanitarian protection: actions a1, a3; claims k1, k2 (a1) and k3 (a3) -> reforms r1, r2.
        // Credit r1 today: k1 weighs 3 split a1 1.5 / a2 1.5; k2 weighs 2 (PARTIAL) on a1; total 5; a1 = 3.5 -> HP 0.7, RC 0.3.
        // Credit r2: k3 weighs 4 on a3, whose kinds are HP and DOMESTIC_CONSTITUTIONAL -> 2 each of 4: HP 0.5, DC 0.5.
        // creditAll HP = 0.7 + 0.5 = 1.2. Substantiated claims: only k1 -> r1: a1 1.5 / a2 1.5 of 3 -> HP 0.5, RC 0.5.
        // Lags: r1 adopted 2011-03, first HP action a1 2010-01 -> 14 months; r2 in force 2014-01, a3 2012-06 -> 19. Median 16.5.
        // Association (36 months): a1 (KOR 2010-01) -> r1 (KOR 2011-03) 14; a3 (JPN 2012-06) -> r2 (JPN 2014-01) 19: both.
        // Reach (1 year): r1 changed 2011: KOR 2010 before (5, 100), 2012 after (7, 200); nothing for r2 (JPN).
        FramingRow hp = rows.get("HUMANITARIAN_PROTECTION");
        assertRow(hp, 2, 2, 1, 1, 2, 0, 1.2, 0.5, 16.5, 14, 19, false, 2, true);
        assertThat(hp.actionIds()).containsExactly("a1", "a3");
        assertThat(hp.reformIds()).containsExactlyInAnyOrder("r1", "r2");
        assertThat(hp.claimIds()).containsExactly("k1", "k2", "k3");
        assertThat(hp.associatedReformIds()).containsExactlyInAnyOrder("r1", "r2");
        // Each subset with its own ids: k1 (on r1) is substantiated (contribution FULLY); k3 (on r2) disputed (NOT);
        // k2 has no substantiation. r1 and r2 are both progressive; the regressive r3 is claimed by nobody.
        assertIds(hp, List.of("r1"), List.of("r2"), List.of("r1", "r2"), List.of(), List.of("k1"), List.of("k3"));
        assertThat(List.of(hp.reachRecognizedBefore(), hp.reachRecognizedAfter(), hp.reachComplementaryBefore(),
                hp.reachComplementaryAfter())).containsExactly(5L, 7L, 100L, 200L);

        // Refugee Convention: actions a2, a4; claim k1 (a2) -> r1; credit 0.3 (all), 0.5 (substantiated).
        // Lag: a2 dated 2009 (year only: counted from 2009-01) to 2011-03 -> 26 months, imprecise.
        // Association: a2 (KOR 2009) -> r1 (2011-03) 26; a4 (JPN 2013-01) -> r2 (2014-01) 12: two reforms.
        assertRow(rows.get("REFUGEE_CONVENTION"), 2, 1, 1, 0, 1, 0, 0.3, 0.5, 26.0, 26, 26, true, 2, true);
        assertThat(rows.get("REFUGEE_CONVENTION").associatedReformIds()).containsExactlyInAnyOrder("r1", "r2");
        // Only k1 (via a2): r1 substantiated by k1, nothing disputed; r1 progressive. a4 is cited by no claim.
        assertThat(rows.get("REFUGEE_CONVENTION").reformIds()).containsExactly("r1");
        assertIds(rows.get("REFUGEE_CONVENTION"), List.of("r1"), List.of(), List.of("r1"), List.of(), List.of("k1"), List.of());

        // Domestic constitutional: a3 only; k3 -> r2, disputed; credit 0.5 (all), 0 (substantiated); lag 19; association r2.
        assertRow(rows.get("DOMESTIC_CONSTITUTIONAL"), 1, 1, 0, 1, 1, 0, 0.5, 0.0, 19.0, 19, 19, false, 1, true);
        assertIds(rows.get("DOMESTIC_CONSTITUTIONAL"), List.of(), List.of("r2"), List.of("r2"), List.of(), List.of(), List.of("k3"));

        // Avenues: non-refoulement carries a1's HP share (0.7 of r1; 0.5 substantiated); status holders a3's (0.5 of r2).
        assertRow(rows.get("SUBSTANTIVE_NON_REFOULEMENT"), 1, 1, 1, 0, 1, 0, 0.7, 0.5, 14.0, 14, 14, false, 1, true);
        assertRow(rows.get("RIGHTS_OF_STATUS_HOLDERS"), 1, 1, 0, 1, 1, 0, 0.5, 0.0, 19.0, 19, 19, false, 1, true);
        assertRow(rows.get("PROCEDURAL_PROTECTION"), 0, 0, 0, 0, 0, 0, 0.0, 0.0, null, null, null, false, 0, true);
        assertRow(rows.get("OTHER"), 0, 0, 0, 0, 0, 0, 0.0, 0.0, null, null, null, false, 0, true);
        // non-refoulement (a1): k1 and k2 on r1, k1 substantiated; status holders (a3): k3 on r2, disputed.
        assertIds(rows.get("SUBSTANTIVE_NON_REFOULEMENT"), List.of("r1"), List.of(), List.of("r1"), List.of(), List.of("k1"), List.of());
        assertIds(rows.get("RIGHTS_OF_STATUS_HOLDERS"), List.of(), List.of("r2"), List.of("r2"), List.of(), List.of(), List.of("k3"));
        for (String empty : List.of("PROCEDURAL_PROTECTION", "NON_DISCRIMINATION", "OTHER")) {
            assertIds(rows.get(empty), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        // the regressive r3 was claimed by nobody and is associated with nothing
        rows.values().forEach(r -> assertThat(r.regressive()).isZero());
    }

    @Test
    void asOfDayDTheLaterCorrectionAndSubstantiationDoNotShow() {
        Map<String, FramingRow> rows = rows(D, false);
        // As of D, k2 is still MINOR (1) and k1 is not substantiated; k3 was already disputed.
        // Credit r1: k1 3 (a1 1.5, a2 1.5) + k2 1 (a1) = 4 -> a1 2.5/4 = 0.625 (HP, non-refoulement), a2 1.5/4 = 0.375 (RC).
        // HP = 0.625 + 0.5 (r2) = 1.125. No substantiated claim yet: every substantiated credit and count is 0.
        assertRow(rows.get("HUMANITARIAN_PROTECTION"), 2, 2, 0, 1, 2, 0, 1.125, 0.0, 16.5, 14, 19, false, 2, true);
        assertRow(rows.get("REFUGEE_CONVENTION"), 2, 1, 0, 0, 1, 0, 0.375, 0.0, 26.0, 26, 26, true, 2, true);
        assertRow(rows.get("SUBSTANTIVE_NON_REFOULEMENT"), 1, 1, 0, 0, 1, 0, 0.625, 0.0, 14.0, 14, 14, false, 1, true);
        assertRow(rows.get("DOMESTIC_CONSTITUTIONAL"), 1, 1, 0, 1, 1, 0, 0.5, 0.0, 19.0, 19, 19, false, 1, true);
        // The id lists follow: no substantiated reform or claim yet; k3's dispute on r2 already shows.
        assertIds(rows.get("HUMANITARIAN_PROTECTION"), List.of(), List.of("r2"), List.of("r1", "r2"), List.of(), List.of(), List.of("k3"));
        assertIds(rows.get("REFUGEE_CONVENTION"), List.of(), List.of(), List.of("r1"), List.of(), List.of(), List.of());
        assertIds(rows.get("SUBSTANTIVE_NON_REFOULEMENT"), List.of(), List.of(), List.of("r1"), List.of(), List.of(), List.of());
        assertIds(rows.get("DOMESTIC_CONSTITUTIONAL"), List.of(), List.of("r2"), List.of("r2"), List.of(), List.of(), List.of("k3"));
    }

    @Test
    void progressiveAndRegressiveIdsSplitTheClaimedReformsByDirection() {
        scenario();
        // One more claim: k4 [a4 Refugee Conv.] -> r3 (regressive), MINOR, never substantiated.
        claim("k4", List.of("a4"), "r3", ClaimStrength.MINOR);
        Map<String, FramingRow> rows = computed(null, false);
        // Refugee Convention (a2, a4): k1 -> r1 (progressive, substantiated), k4 -> r3 (regressive, neither).
        FramingRow refugee = rows.get("REFUGEE_CONVENTION");
        assertThat(refugee.claimedReforms()).isEqualTo(2);
        assertThat(refugee.progressive()).isEqualTo(1);
        assertThat(refugee.regressive()).isEqualTo(1);
        assertThat(refugee.reformIds()).containsExactlyInAnyOrder("r1", "r3");
        assertThat(refugee.claimIds()).containsExactly("k1", "k4");
        assertIds(refugee, List.of("r1"), List.of(), List.of("r1"), List.of("r3"), List.of("k1"), List.of());
        // Humanitarian protection does not cite a4: unchanged, no regressive reform.
        assertIds(rows.get("HUMANITARIAN_PROTECTION"), List.of("r1"), List.of("r2"), List.of("r1", "r2"), List.of(), List.of("k1"),
                List.of("k3"));
    }

    @Test
    void asOfADayBeforeAnythingWasRecordedEverythingIsEmpty() {
        Map<String, FramingRow> rows = rows(LocalDate.parse("2026-02-01"), false);
        rows.values().forEach(r -> assertRow(r, 0, 0, 0, 0, 0, 0, 0.0, 0.0, null, null, null, false, 0, true));
        rows.values().forEach(r -> assertIds(r, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void legalBasesSplitCreditByTheBasesTheActionsCite() {
        Map<String, FramingRow> rows = rows(null, true);
        // Only a1 (CAT art. 3) and a2 (Refugee Convention art. 33) cite bases; r1: a1 3.5 of 5, a2 1.5 of 5.
        assertThat(rows.keySet()).containsExactly("CAT art. 3", "Refugee Convention art. 33");
        assertThat(rows.get("CAT art. 3").creditAll()).isCloseTo(0.7, within(1e-9));
        assertThat(rows.get("Refugee Convention art. 33").creditAll()).isCloseTo(0.3, within(1e-9));
        assertThat(rows.get("CAT art. 3").claimedReforms()).isEqualTo(1);
    }

    private static void assertIds(FramingRow row, List<String> substantiatedReforms, List<String> disputedReforms,
                                  List<String> progressiveReforms, List<String> regressiveReforms, List<String> substantiatedClaims,
                                  List<String> disputedClaims) {
        String name = row.avenue() != null ? row.avenue() : row.framing();
        assertThat(row.substantiatedReformIds()).as(name + " substantiated reform ids").containsExactlyInAnyOrderElementsOf(substantiatedReforms);
        assertThat(row.disputedReformIds()).as(name + " disputed reform ids").containsExactlyInAnyOrderElementsOf(disputedReforms);
        assertThat(row.progressiveReformIds()).as(name + " progressive reform ids").containsExactlyInAnyOrderElementsOf(progressiveReforms);
        assertThat(row.regressiveReformIds()).as(name + " regressive reform ids").containsExactlyInAnyOrderElementsOf(regressiveReforms);
        assertThat(row.substantiatedClaimIds()).as(name + " substantiated claim ids").containsExactlyInAnyOrderElementsOf(substantiatedClaims);
        assertThat(row.disputedClaimIds()).as(name + " disputed claim ids").containsExactlyInAnyOrderElementsOf(disputedClaims);
        // each list has exactly as many ids as its number says
        assertThat(row.substantiatedReformIds()).hasSize(row.substantiatedReforms());
        assertThat(row.disputedReformIds()).hasSize(row.disputedReforms());
        assertThat(row.progressiveReformIds()).hasSize(row.progressive());
        assertThat(row.regressiveReformIds()).hasSize(row.regressive());
    }

    private static void assertRow(FramingRow row, int actions, int claimed, int substantiated, int disputed, int progressive,
                                  int regressive, double creditAll, double creditSubstantiated, Double medianLag, Integer minLag,
                                  Integer maxLag, boolean imprecise, int associated, boolean smallSample) {
        String name = row.avenue() != null ? row.avenue() : row.framing();
        assertThat(row.actions()).as(name + " actions").isEqualTo(actions);
        assertThat(row.claimedReforms()).as(name + " claimed").isEqualTo(claimed);
        assertThat(row.substantiatedReforms()).as(name + " substantiated").isEqualTo(substantiated);
        assertThat(row.disputedReforms()).as(name + " disputed").isEqualTo(disputed);
        assertThat(row.progressive()).as(name + " progressive").isEqualTo(progressive);
        assertThat(row.regressive()).as(name + " regressive").isEqualTo(regressive);
        assertThat(row.creditAll()).as(name + " creditAll").isCloseTo(creditAll, within(1e-9));
        assertThat(row.creditSubstantiated()).as(name + " creditSubstantiated").isCloseTo(creditSubstantiated, within(1e-9));
        assertThat(row.medianLagMonths()).as(name + " median lag").isEqualTo(medianLag);
        assertThat(row.minLagMonths()).as(name + " min lag").isEqualTo(minLag);
        assertThat(row.maxLagMonths()).as(name + " max lag").isEqualTo(maxLag);
        assertThat(row.lagImprecise()).as(name + " imprecise").isEqualTo(imprecise);
        assertThat(row.associatedReforms()).as(name + " associated").isEqualTo(associated);
        assertThat(row.smallSample()).as(name + " small sample").isEqualTo(smallSample);
    }
}
