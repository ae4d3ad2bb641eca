package org.advocacyledger.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.contribution.api.Agreement;
import org.advocacyledger.contribution.api.ClaimStrength;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.shared.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The indexed calculator ({@link FramingCalculator}) gives the same rows as the plain one it replaced
 * ({@link ReferenceFramingCalculator}), on random records with corrections, retractions, substantiations,
 * disputes, repeated and unknown citations, imprecise dates and random selections: every field, every id
 * list in the same order (or none when the ids are not asked for); the credits within the last rounding digit
 * (they are summed in another order).
 */
class FramingCalculatorEquivalenceTest {

    private static final String[] COUNTRIES = {"JPN", "KOR", "CHN", "HKG", "MAC"};
    private static final String[] ISSUES = {"detention", "procedure", "status"};
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void givesTheRowsThePlainCalculatorGivesOnRandomRecordsAndSelections() {
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            RecordFold fold = randomFold(random);
            FramingCalculator.Reach reach = (country, year) -> (country.hashCode() + year) % 3 == 0 ? null
                    : new long[] {(country.hashCode() + year) % 97, (year * 7L) % 53};
            for (int selection = 0; selection < 8; selection++) {
                GetFramingAnalytics query = randomQuery(random);
                List<FramingRow> expected = ReferenceFramingCalculator.compute(fold, query, reach);
                List<FramingRow> actual = FramingCalculator.compute(fold, query, reach);
                String where = "seed " + seed + ", " + query;
                assertThat(actual).as(where).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(actual.get(i).creditAll()).as(where).isCloseTo(expected.get(i).creditAll(), within(0.00011));
                    assertThat(actual.get(i).creditSubstantiated()).as(where)
                            .isCloseTo(expected.get(i).creditSubstantiated(), within(0.00011));
                    Map<String, Object> expectedFields = withoutCredit(expected.get(i));
                    if (!query.ids()) {
                        // asked without ids: every id list is left out, every number stays
                        expectedFields.replaceAll((name, value) -> value instanceof List ? null : value);
                    }
                    assertThat(withoutCredit(actual.get(i))).as(where).isEqualTo(expectedFields);
                }
            }
        }
    }

    @Test
    void theComparisonSeesADifference() {
        // the oracle is not vacuous: the random records give rows with claims, credit, lags and association
        Random random = new Random(3);
        RecordFold fold = randomFold(random);
        List<FramingRow> rows = FramingCalculator.compute(fold,
                new GetFramingAnalytics(List.of(), null, null, null, null, 36, 3, false, null), (c, y) -> new long[] {1, 2});
        assertThat(rows.stream().mapToInt(FramingRow::claimedReforms).sum()).isPositive();
        assertThat(rows.stream().mapToDouble(FramingRow::creditAll).sum()).isPositive();
        assertThat(rows.stream().filter(r -> r.medianLagMonths() != null)).isNotEmpty();
        assertThat(rows.stream().mapToInt(FramingRow::associatedReforms).sum()).isPositive();
        assertThat(rows.stream().mapToInt(FramingRow::disputedReforms).sum()).isPositive();
    }

    private Map<String, Object> withoutCredit(FramingRow row) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = new LinkedHashMap<>(mapper.convertValue(row, Map.class));
        fields.remove("creditAll");
        fields.remove("creditSubstantiated");
        return fields;
    }

    private static GetFramingAnalytics randomQuery(Random random) {
        List<String> countries = new ArrayList<>();
        for (String country : COUNTRIES) {
            if (random.nextInt(3) == 0) {
                countries.add(country);
            }
        }
        String issue = random.nextInt(3) == 0 ? ISSUES[random.nextInt(ISSUES.length)] : null;
        PartialDate from = random.nextInt(3) == 0 ? PartialDate.ofYear(2000 + random.nextInt(10)) : null;
        PartialDate to = random.nextInt(3) == 0 ? PartialDate.ofMonth(2010 + random.nextInt(15), 1 + random.nextInt(12)) : null;
        List<String> scope = random.nextInt(4) == 0 ? List.of(campaign(0), campaign(1), campaign(3)) : null;
        return new GetFramingAnalytics(countries, issue, from, to, null, random.nextInt(4) * 12, random.nextInt(4),
                random.nextInt(3) == 0, scope, random.nextBoolean());
    }

    private static RecordFold randomFold(Random random) {
        RecordFold fold = new RecordFold();
        List<String> actions = new ArrayList<>();
        List<String> reforms = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        // records cited before they are folded (a scan of the store is not in recording order across aggregates)
        List<String> laterReforms = new ArrayList<>();
        List<String> laterActions = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            String campaign = campaign(random.nextInt(6));
            int kind = random.nextInt(20);
            if (kind < 8 || actions.isEmpty()) {
                String id = !laterActions.isEmpty() && random.nextBoolean() ? laterActions.remove(0) : id("a", step);
                actions.add(id);
                fold.apply(new AnalyticsFact.ActionLogged(id, campaign, country(random), issue(random), framings(random),
                        legalBases(random), date(random)));
            } else if (kind == 8) {
                fold.apply(new AnalyticsFact.ActionCorrected(pick(random, actions), country(random), issue(random),
                        framings(random), legalBases(random), date(random)));
            } else if (kind == 9) {
                fold.apply(new AnalyticsFact.ActionRetracted(pick(random, actions)));
            } else if (kind < 12 || reforms.isEmpty()) {
                String id = !laterReforms.isEmpty() && random.nextBoolean() ? laterReforms.remove(0) : id("r", step);
                reforms.add(id);
                fold.apply(new AnalyticsFact.ReformRecorded(id, campaign, country(random),
                        random.nextInt(4) == 0 ? ReformDirection.REGRESSIVE : ReformDirection.PROGRESSIVE));
            } else if (kind == 12) {
                ReformStage[] stages = ReformStage.values();
                fold.apply(new AnalyticsFact.StageRecorded(pick(random, reforms), step, stages[random.nextInt(stages.length)],
                        date(random), random.nextInt(5) == 0));
            } else if (kind == 13) {
                fold.apply(new AnalyticsFact.StageCorrected(pick(random, reforms), random.nextInt(step + 1), date(random)));
            } else if (kind == 14) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    fold.apply(new AnalyticsFact.ReformRetracted(pick(random, reforms)));
                } else {
                    fold.apply(new AnalyticsFact.ReformCorrected(pick(random, reforms), country(random),
                            ReformDirection.values()[random.nextInt(ReformDirection.values().length)]));
                }
            } else if (kind < 18 || claims.isEmpty()) {
                String id = id("k", step);
                claims.add(id);
                List<String> cited = cited(random, actions);
                String reform = pick(random, reforms);
                if (random.nextInt(8) == 0) {
                    reform = id("later-r", step);
                    laterReforms.add(reform);
                }
                if (random.nextInt(8) == 0) {
                    cited = new ArrayList<>(cited);
                    cited.add(id("later-a", step));
                    laterActions.add(id("later-a", step));
                }
                fold.apply(new AnalyticsFact.Claimed(id, campaign, cited, target(random), reform, strength(random)));
            } else if (kind == 18) {
                int roll = random.nextInt(6);
                if (roll == 0) {
                    fold.apply(new AnalyticsFact.ClaimRetracted(pick(random, claims)));
                } else {
                    fold.apply(new AnalyticsFact.ClaimCorrected(pick(random, claims), cited(random, actions), target(random),
                            pick(random, reforms), strength(random)));
                }
            } else {
                fold.apply(new AnalyticsFact.ClaimSubstantiated(pick(random, claims),
                        Agreement.values()[random.nextInt(Agreement.values().length)]));
            }
        }
        return fold;
    }

    /**
     * A record's id: the product's ids are UUIDs, which the fold holds as {@link java.util.UUID}s (decision 23); every
     * other record has an id of another form, which the fold holds as text. Both must give the same answers.
     */
    private static String id(String kind, int step) {
        String name = kind + step;
        return step % 2 == 0 ? java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString() : name;
    }

    /** Campaigns 0 to 2 have UUIDs, 3 to 5 ids of another form. */
    private static String campaign(int n) {
        return id("c", n < 3 ? 2 * n : 2 * n + 1);
    }

    /** Half the time one of the last ten: records cite and revise recent records, so reforms gather claims. */
    private static String pick(Random random, List<String> ids) {
        int from = random.nextBoolean() ? Math.max(0, ids.size() - 10) : 0;
        return ids.get(from + random.nextInt(ids.size() - from));
    }

    private static String country(Random random) {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    private static String issue(Random random) {
        return random.nextInt(5) == 0 ? null : ISSUES[random.nextInt(ISSUES.length)];
    }

    private static ClaimTargetType target(Random random) {
        return random.nextInt(8) == 0 ? ClaimTargetType.values()[random.nextInt(ClaimTargetType.values().length)] : ClaimTargetType.REFORM;
    }

    private static ClaimStrength strength(Random random) {
        return ClaimStrength.values()[random.nextInt(ClaimStrength.values().length)];
    }

    private static List<String> cited(Random random, List<String> actions) {
        List<String> cited = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            cited.add(random.nextInt(15) == 0 ? "unknown-action" : pick(random, actions));
        }
        if (random.nextInt(6) == 0) {
            cited.add(cited.get(0)); // cited twice
        }
        return cited;
    }

    private static PartialDate date(Random random) {
        // few distinct years, and January or the 1st half of the time: dates of different precision that start
        // on the same day are common, so that the choice among equal starts is compared too
        int year = 2000 + random.nextInt(12);
        int month = random.nextBoolean() ? 1 : 1 + random.nextInt(12);
        return switch (random.nextInt(16)) { // year-only dates are rare, so that a row's imprecise flag is often false
            case 0 -> PartialDate.UNKNOWN;
            case 1 -> PartialDate.ofYear(year);
            case 2, 3, 4, 5, 6 -> PartialDate.ofDay(java.time.LocalDate.of(year, month, random.nextBoolean() ? 1 : 1 + random.nextInt(28)));
            default -> PartialDate.ofMonth(year, month);
        };
    }

    private static List<Framing> framings(Random random) {
        List<Framing> framings = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            FramingKind kind = FramingKind.values()[random.nextInt(FramingKind.values().length)];
            ProtectionAvenue avenue = kind == FramingKind.HUMANITARIAN_PROTECTION && random.nextInt(4) != 0
                    ? ProtectionAvenue.values()[random.nextInt(ProtectionAvenue.values().length)] : null;
            framings.add(new Framing(kind, avenue, kind == FramingKind.OTHER ? "other " + random.nextInt(3) : null));
        }
        return framings;
    }

    private static List<LegalBasis> legalBases(Random random) {
        String[][] known = {{"ICCPR", "art. 7"}, {"CAT", "art. 3"}, {"CRC", null}, {"Refugee Convention", "art. 33"}};
        List<LegalBasis> bases = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] basis = known[random.nextInt(known.length)];
            bases.add(new LegalBasis(basis[0], basis[1]));
        }
        return random.nextInt(10) == 0 ? null : bases;
    }
}
