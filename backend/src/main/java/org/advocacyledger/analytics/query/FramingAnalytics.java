package org.advocacyledger.analytics.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.statistics.api.FindProtectionRates;
import org.advocacyledger.statistics.api.ProtectionRate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Answers the framing dashboard from the events recorded up to the end of the as-of day, held in memory
 * by {@link FactLog}: today's view computes over the live fold, a past day folds the facts recorded before
 * its end ({@link RecordFold}); both are computed by {@link FramingCalculator}. A past day's answer cannot
 * change, so it is cached; today's answer is kept until the next stored event (of any kind). Reach figures
 * are the UNHCR figures as imported by the same day.
 */
@Component
class FramingAnalytics {

    private final FactLog facts;
    private final QueryGateway queries;
    /**
     * Answers are kept up to this weight: one per row, and one per id listed (each about 4 bytes, decision 23), so
     * that a few answers with every id of a large store cannot fill the memory, and many small ones stay.
     */
    static final long CACHE_WEIGHT = 4_000_000;

    private final Cache<GetFramingAnalytics, List<FramingRow>> pastDays = Caffeine.newBuilder()
            .maximumWeight(CACHE_WEIGHT).weigher((GetFramingAnalytics q, List<FramingRow> rows) -> weight(rows)).build();

    /** Today's answers, each valid while the log's version (events seen) is the one it was computed at. */
    private record Computed(long version, List<FramingRow> rows) {
    }

    private final Cache<GetFramingAnalytics, Computed> today = Caffeine.newBuilder()
            .maximumWeight(CACHE_WEIGHT).weigher((GetFramingAnalytics q, Computed computed) -> weight(computed.rows())).build();

    static int weight(List<FramingRow> rows) {
        long weight = rows.size();
        for (FramingRow row : rows) {
            for (List<String> ids : List.of(nz(row.actionIds()), nz(row.reformIds()), nz(row.associatedReformIds()),
                    nz(row.claimIds()), nz(row.substantiatedReformIds()), nz(row.disputedReformIds()),
                    nz(row.progressiveReformIds()), nz(row.regressiveReformIds()), nz(row.substantiatedClaimIds()),
                    nz(row.disputedClaimIds()))) {
                weight += ids.size();
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, weight);
    }

    private static List<String> nz(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    /** Today's reach figures by country, kept while no UNHCR figure is recorded (a new answer after an action reuses them). */
    private record TodaysReach(long statisticsVersion, Map<String, Map<Integer, long[]>> byCountry) {
    }

    private volatile TodaysReach todaysReach = new TodaysReach(-1, Map.of());

    FramingAnalytics(FactLog facts, @Lazy QueryGateway queries) {
        this.facts = facts;
        this.queries = queries;
    }

    @QueryHandler
    List<FramingRow> handle(GetFramingAnalytics query) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (query.asOf() != null && query.asOf().isBefore(today)) {
            return pastDays.get(query, this::compute);
        }
        return compute(query);
    }

    private List<FramingRow> compute(GetFramingAnalytics query) {
        if (query.asOf() == null || !query.asOf().isBefore(LocalDate.now(ZoneOffset.UTC))) {
            return facts.readToday((fold, version) -> {
                Computed cached = today.getIfPresent(query);
                if (cached != null && cached.version() == version) {
                    return cached.rows();
                }
                // under the log's read lock: the statistics version matches the events the fold holds
                List<FramingRow> rows = FramingCalculator.compute(fold, query, todaysReach());
                today.put(query, new Computed(version, rows));
                return rows;
            });
        }
        Instant end = query.asOf().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return FramingCalculator.compute(facts.foldBefore(end), query, reach(query.asOf(), new ConcurrentHashMap<>()));
    }

    private FramingCalculator.Reach todaysReach() {
        long statisticsVersion = facts.statisticsVersion();
        TodaysReach current = todaysReach;
        if (current.statisticsVersion() != statisticsVersion) {
            current = new TodaysReach(statisticsVersion, new ConcurrentHashMap<>());
            todaysReach = current;
        }
        return reach(null, current.byCountry());
    }

    /**
     * UNHCR figures (persons) by country and year as imported by the as-of day (null: so far), each country's
     * fetched once into {@code byCountry}.
     */
    private FramingCalculator.Reach reach(LocalDate asOf, Map<String, Map<Integer, long[]>> byCountry) {
        return (country, year) -> byCountry.computeIfAbsent(country, c -> {
            Map<Integer, long[]> years = new HashMap<>();
            List<ProtectionRate> rates = queries.query(new FindProtectionRates(List.of(c), 1950, 2100, null, null, null, "P", asOf),
                    ResponseTypes.multipleInstancesOf(ProtectionRate.class)).join();
            for (ProtectionRate rate : rates) {
                years.put(rate.year(), new long[] {nz(rate.recognized()), nz(rate.complementaryProtection())});
            }
            return years;
        }).get(year);
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }
}
