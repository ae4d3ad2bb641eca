package org.advocacyledger.analytics.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.advocacyledger.analytics.api.FramingRow;
import org.advocacyledger.analytics.api.GetFramingAnalytics;
import org.advocacyledger.shared.projection.EventStoreScan;
import org.advocacyledger.statistics.api.FindProtectionRates;
import org.advocacyledger.statistics.api.ProtectionRate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Answers the framing dashboard from the event store itself: every event recorded up to the end of the
 * as-of day is folded ({@link RecordFold}) and computed ({@link FramingCalculator}). A past day's answer
 * cannot change, so it is cached; today's is computed afresh. Reach figures are the UNHCR figures as
 * imported by the same day.
 */
@Component
class FramingAnalytics {

    private final EventStoreScan scan;
    private final QueryGateway queries;
    private final Cache<GetFramingAnalytics, List<FramingRow>> pastDays = Caffeine.newBuilder().maximumSize(200).build();

    FramingAnalytics(EventStoreScan scan, @Lazy QueryGateway queries) {
        this.scan = scan;
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
        Instant end = query.asOf() == null ? null : query.asOf().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        RecordFold fold = new RecordFold();
        scan.forEach(event -> fold.applyIfRecordedBefore(event, end));
        return FramingCalculator.compute(fold, query, reach(query.asOf()));
    }

    /** UNHCR figures (persons) by country and year as imported by the as-of day, fetched once per computation. */
    private FramingCalculator.Reach reach(LocalDate asOf) {
        Map<String, Map<Integer, long[]>> byCountry = new HashMap<>();
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
