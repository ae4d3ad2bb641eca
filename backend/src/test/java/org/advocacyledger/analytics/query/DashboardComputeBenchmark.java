package org.advocacyledger.analytics.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.shared.PartialDate;

/**
 * The dashboard's arithmetic alone, in memory: 5,000 campaigns of 20 actions, 2 reforms and 4 claims
 * (100,000 actions, 10,000 reforms, 20,000 claims, as in the analytics issue), computed 200 times for
 * the whole selection; prints every 20th time. No store, no HTTP: what a first answer after a change
 * costs at that size. Run with {@code java -cp ... org.advocacyledger.analytics.query.DashboardComputeBenchmark}.
 */
public final class DashboardComputeBenchmark {
    public static void main(String[] args) {
        Random r = new Random(1);
        String[] countries = {"JPN", "KOR", "CHN", "HKG", "MAC"};
        RecordFold fold = new RecordFold();
        for (int c = 0; c < 5000; c++) {
            String campaign = "c" + c;
            String country = countries[r.nextInt(5)];
            List<String> actions = new ArrayList<>();
            for (int a = 0; a < 20; a++) {
                String id = java.util.UUID.randomUUID().toString();
                FramingKind kind = r.nextBoolean() ? FramingKind.HUMANITARIAN_PROTECTION : FramingKind.REFUGEE_CONVENTION;
                Framing f = kind == FramingKind.HUMANITARIAN_PROTECTION ? new Framing(kind, ProtectionAvenue.values()[r.nextInt(4)], null) : new Framing(kind, null, null);
                fold.apply(new AnalyticsFact.ActionLogged(id, campaign, country, "issue", List.of(f), List.of(new LegalBasis("ICCPR", "art. 26")),
                        PartialDate.parse((2000 + r.nextInt(24)) + "-0" + (1 + r.nextInt(9)))));
                actions.add(id);
            }
            for (int k = 0; k < 2; k++) {
                String reform = java.util.UUID.randomUUID().toString();
                int year = 2005 + r.nextInt(15);
                fold.apply(new AnalyticsFact.ReformRecorded(reform, campaign, country, ReformDirection.PROGRESSIVE));
                fold.apply(new AnalyticsFact.StageRecorded(reform, 1, ReformStage.PROPOSED, PartialDate.parse("" + year), false));
                fold.apply(new AnalyticsFact.StageRecorded(reform, 2, ReformStage.ADOPTED, PartialDate.parse("" + (year + 1)), false));
                for (int m = 0; m < 2; m++) {
                    String claim = java.util.UUID.randomUUID().toString();
                    fold.apply(new AnalyticsFact.Claimed(claim, campaign, List.of(actions.get(r.nextInt(20))), ClaimTargetType.REFORM, reform, ClaimStrength.values()[r.nextInt(4)]));
                    if (r.nextInt(4) == 0) fold.apply(new AnalyticsFact.ClaimSubstantiated(claim, Agreement.PARTLY));
                }
            }
        }
        // as the page asks first: the numbers without the id lists
        GetFramingAnalytics q = new GetFramingAnalytics(List.of(), null, null, null, null, 36, 3, false, null, false);
        FramingCalculator.Reach reach = (c, y) -> null;
        for (int i = 0; i < 200; i++) {
            long t = System.nanoTime();
            FramingCalculator.compute(fold, q, reach);
            if (i % 20 == 0) System.out.printf("%.1f ms%n", (System.nanoTime() - t) / 1e6);
        }
    }
}
