package org.advocacyledger.analytics.query;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.contribution.api.ClaimTargetType;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;

/**
 * The dashboard's arithmetic written the plain way (nested look-ups over the fold, no indexes, no memos): the
 * oracle {@link FramingCalculatorEquivalenceTest} compares {@link FramingCalculator} with on random data.
 * This is the calculator as it stood before it was rewritten for speed (decision 18).
 */
final class ReferenceFramingCalculator {

    static final int SMALL_SAMPLE = 5;

    private ReferenceFramingCalculator() {
    }

    static List<FramingRow> compute(RecordFold fold, GetFramingAnalytics q, FramingCalculator.Reach reach) {
        // ids as text throughout, as the answer gives them (the fold holds them as UUIDs: decision 23)
        Set<Object> scope = FramingCalculator.scope(q);
        Map<String, RecordFold.ActionFacts> actions = new LinkedHashMap<>();
        fold.actions.values().stream().filter(a -> FramingCalculator.counts(a, q, scope)).forEach(a -> actions.put(a.id().toString(), a));
        Map<String, RecordFold.ReformFacts> reforms = new LinkedHashMap<>();
        fold.reforms.values().stream().filter(r -> FramingCalculator.counts(r, q, scope)).forEach(r -> reforms.put(r.id.toString(), r));
        List<RecordFold.ClaimFacts> claims = fold.claims.values().stream()
                .filter(c -> !c.retracted && c.targetType == ClaimTargetType.REFORM && reforms.containsKey(target(c)))
                .filter(c -> q.campaignScope() == null || q.campaignScope().contains(c.campaignId.toString()))
                .filter(c -> cited(c).stream().anyMatch(actions::containsKey))
                .toList();

        // the share rules themselves did not change: the same functions as the calculator's
        Function<RecordFold.ActionFacts, Map<String, Double>> keysOf = a -> q.byLegalBasis()
                ? FramingCalculator.legalBasisShares(a.legalBases() == null ? List.of() : a.legalBases())
                : FramingCalculator.framingShares(a.framings());
        Map<String, List<RecordFold.ActionFacts>> underByKey = new HashMap<>();
        for (RecordFold.ActionFacts a : actions.values()) {
            for (String key : keysOf.apply(a).keySet()) {
                underByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, List<RecordFold.ClaimFacts>> claimsByKey = new HashMap<>();
        for (RecordFold.ClaimFacts c : claims) {
            Set<String> claimKeys = new LinkedHashSet<>();
            for (String actionId : cited(c)) {
                RecordFold.ActionFacts a = actions.get(actionId);
                if (a != null) {
                    claimKeys.addAll(keysOf.apply(a).keySet());
                }
            }
            claimKeys.forEach(key -> claimsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c));
        }
        Map<String, PartialDate> changeDates = new HashMap<>();
        reforms.values().forEach(r -> changeDates.put(r.id.toString(), r.changeDate()));
        Set<String> keys = new TreeSet<>();
        if (!q.byLegalBasis()) {
            for (FramingKind kind : FramingKind.values()) {
                keys.add(kind.name());
            }
            for (ProtectionAvenue avenue : ProtectionAvenue.values()) {
                keys.add(FramingKind.HUMANITARIAN_PROTECTION.name() + "/" + avenue.name());
            }
        } else {
            keys.addAll(underByKey.keySet());
        }

        Map<String, Map<String, Double>> creditAll = credit(claims, actions, keysOf, false);
        Map<String, Map<String, Double>> creditSubstantiated = credit(claims, actions, keysOf, true);

        // the rows are independent of each other: computed in parallel, kept in order
        return orderedKeys(keys, q.byLegalBasis()).parallelStream().map(key -> {
            List<RecordFold.ActionFacts> under = underByKey.getOrDefault(key, List.of());
            List<String> underIds = under.stream().map(a -> a.id().toString()).toList();
            List<RecordFold.ClaimFacts> claimsUnder = claimsByKey.getOrDefault(key, List.of());
            Set<String> claimed = new LinkedHashSet<>();
            Set<String> substantiated = new LinkedHashSet<>();
            Set<String> disputed = new LinkedHashSet<>();
            Map<String, List<RecordFold.ClaimFacts>> claimsByReform = new HashMap<>();
            List<String> substantiatedClaims = new ArrayList<>();
            List<String> disputedClaims = new ArrayList<>();
            for (RecordFold.ClaimFacts c : claimsUnder) {
                claimed.add(target(c));
                claimsByReform.computeIfAbsent(target(c), k -> new ArrayList<>()).add(c);
                if (c.substantiated()) {
                    substantiated.add(target(c));
                    substantiatedClaims.add(c.id.toString());
                }
                if (c.disputed()) {
                    disputed.add(target(c));
                    disputedClaims.add(c.id.toString());
                }
            }
            List<String> progressive = claimed.stream().filter(id -> reforms.get(id).direction == ReformDirection.PROGRESSIVE).toList();
            List<String> regressive = claimed.stream().filter(id -> reforms.get(id).direction == ReformDirection.REGRESSIVE).toList();

            List<Integer> lags = new ArrayList<>();
            boolean imprecise = false;
            for (String reformId : claimed) {
                PartialDate change = changeDates.get(reformId);
                if (change == null) {
                    continue;
                }
                PartialDate first = claimsByReform.get(reformId).stream()
                        .flatMap(c -> cited(c).stream()).map(actions::get)
                        .filter(a -> a != null && keysOf.apply(a).containsKey(key)).map(RecordFold.ActionFacts::date).filter(d -> d != null && !d.isUnknown())
                        .min(java.util.Comparator.comparing(PartialDate::start)).orElse(null);
                if (first == null) {
                    continue;
                }
                lags.add(months(first.start(), change.start()));
                imprecise |= first.precision() == DatePrecision.YEAR || change.precision() == DatePrecision.YEAR;
            }

            Set<String> associated = associated(under, reforms, changeDates, q.windowMonths());

            Long[] reachFigures = reach(claimed, reforms, changeDates, q.reachYears(), reach);
            String framing = q.byLegalBasis() ? null : key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
            String avenue = q.byLegalBasis() || !key.contains("/") ? null : key.substring(key.indexOf('/') + 1);
            List<String> claimIds = claimsUnder.stream().map(c -> c.id.toString()).toList();
            return new FramingRow(framing, avenue, q.byLegalBasis() ? key : null, under.size(), claimed.size(),
                    substantiated.size(), disputed.size(), progressive.size(), regressive.size(),
                    round(sum(creditAll.get(key))), round(sum(creditSubstantiated.get(key))),
                    median(lags), lags.isEmpty() ? null : lags.stream().min(Integer::compare).orElseThrow(),
                    lags.isEmpty() ? null : lags.stream().max(Integer::compare).orElseThrow(), imprecise,
                    associated.size(), reachFigures[0], reachFigures[1], reachFigures[2], reachFigures[3],
                    claimed.size() < SMALL_SAMPLE, underIds, List.copyOf(claimed), List.copyOf(associated), claimIds,
                    List.copyOf(substantiated), List.copyOf(disputed), progressive, regressive, List.copyOf(substantiatedClaims),
                    List.copyOf(disputedClaims));
        }).toList();
    }

    private static List<String> orderedKeys(Set<String> keys, boolean byLegalBasis) {
        if (byLegalBasis) {
            return new ArrayList<>(keys);
        }
        List<String> ordered = new ArrayList<>();
        for (FramingKind kind : FramingKind.values()) {
            ordered.add(kind.name());
            if (kind == FramingKind.HUMANITARIAN_PROTECTION) {
                for (ProtectionAvenue avenue : ProtectionAvenue.values()) {
                    ordered.add(kind.name() + "/" + avenue.name());
                }
            }
        }
        return ordered;
    }

    /** Per key, per reform: the normalised credit. */
    private static Map<String, Map<String, Double>> credit(List<RecordFold.ClaimFacts> claims,
                                                          Map<String, RecordFold.ActionFacts> actions,
                                                          Function<RecordFold.ActionFacts, Map<String, Double>> keysOf,
                                                          boolean substantiatedOnly) {
        Map<String, Double> totalWeight = new HashMap<>();
        Map<String, Map<String, Double>> raw = new HashMap<>();
        for (RecordFold.ClaimFacts c : claims) {
            if (substantiatedOnly && !c.substantiated()) {
                continue;
            }
            List<String> counted = cited(c).stream().filter(actions::containsKey).distinct().toList();
            double w = FramingCalculator.weight(c.strength);
            totalWeight.merge(target(c), w, Double::sum);
            for (String actionId : counted) {
                keysOf.apply(actions.get(actionId)).forEach((key, share) ->
                        raw.computeIfAbsent(key, k -> new HashMap<>()).merge(target(c), w / counted.size() * share, Double::sum));
            }
        }
        Map<String, Map<String, Double>> normalised = new HashMap<>();
        raw.forEach((key, byReform) -> byReform.forEach((reform, value) ->
                normalised.computeIfAbsent(key, k -> new HashMap<>()).put(reform, value / totalWeight.get(reform))));
        return normalised;
    }

    /**
     * Progressive reforms whose change month lies 0 to {@code windowMonths} months after the month of some
     * action in {@code under} in the same country: per country, the actions' months sorted, one binary
     * search per reform.
     */
    private static Set<String> associated(List<RecordFold.ActionFacts> under, Map<String, RecordFold.ReformFacts> reforms,
                                          Map<String, PartialDate> changeDates, int windowMonths) {
        Map<String, java.util.stream.IntStream.Builder> monthsByCountry = new HashMap<>();
        for (RecordFold.ActionFacts a : under) {
            PartialDate date = a.date();
            if (date != null && !date.isUnknown()) {
                monthsByCountry.computeIfAbsent(a.country(), c -> java.util.stream.IntStream.builder())
                        .add(date.year() * 12 + (date.month() == null ? 0 : date.month() - 1));
            }
        }
        Map<String, int[]> sorted = new HashMap<>();
        monthsByCountry.forEach((country, months) -> sorted.put(country, months.build().sorted().toArray()));
        Set<String> associated = new LinkedHashSet<>();
        for (RecordFold.ReformFacts reform : reforms.values()) {
            PartialDate change = changeDates.get(reform.id.toString());
            int[] months = sorted.get(reform.country);
            if (reform.direction != ReformDirection.PROGRESSIVE || change == null || months == null) {
                continue;
            }
            int changeMonth = monthIndex(change.start());
            int firstAtOrAfter = lowerBound(months, changeMonth - windowMonths);
            if (firstAtOrAfter < months.length && months[firstAtOrAfter] <= changeMonth) {
                associated.add(reform.id.toString());
            }
        }
        return associated;
    }

    private static List<String> cited(RecordFold.ClaimFacts claim) {
        return claim.actionIds.stream().map(Object::toString).toList();
    }

    private static String target(RecordFold.ClaimFacts claim) {
        return claim.targetId == null ? null : claim.targetId.toString();
    }

    /** The first index whose value is at least {@code value} ({@code sorted.length} if none). */
    private static int lowerBound(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    private static Long[] reach(Set<String> claimed, Map<String, RecordFold.ReformFacts> reforms, Map<String, PartialDate> changeDates,
                                int years, FramingCalculator.Reach reach) {
        long[] sums = new long[4];
        boolean any = false;
        for (String id : claimed) {
            RecordFold.ReformFacts reform = reforms.get(id);
            PartialDate change = changeDates.get(id);
            if (change == null || years <= 0) {
                continue;
            }
            int year = change.start().getYear();
            for (int offset = 1; offset <= years; offset++) {
                long[] before = reach.figures(reform.country, year - offset);
                long[] after = reach.figures(reform.country, year + offset);
                if (before != null) {
                    sums[0] += before[0];
                    sums[2] += before[1];
                    any = true;
                }
                if (after != null) {
                    sums[1] += after[0];
                    sums[3] += after[1];
                    any = true;
                }
            }
        }
        return any ? new Long[] {sums[0], sums[1], sums[2], sums[3]} : new Long[] {null, null, null, null};
    }

    static int months(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1));
    }

    private static double sum(Map<String, Double> byReform) {
        return byReform == null ? 0 : byReform.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
