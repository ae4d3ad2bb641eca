package org.advocacyledger.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.advocacyledger.analytics.api.FramingRow;
import org.junit.jupiter.api.Test;

/** Kept answers weigh a row each and an id each (decision 23), so the cache is bounded by what it holds. */
class FramingAnalyticsCacheTest {

    private static FramingRow row(List<String> actionIds, List<String> claimIds) {
        return new FramingRow("REFUGEE_CONVENTION", null, null, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, false, 0,
                null, null, null, null, true, actionIds, claimIds == null ? null : List.of(), null, claimIds, null, null, null,
                null, null, null);
    }

    @Test
    void anAnswerWeighsItsRowsAndEveryIdItLists() {
        assertThat(FramingAnalytics.weight(List.of(row(null, null), row(null, null)))).isEqualTo(2);
        assertThat(FramingAnalytics.weight(List.of(row(List.of("a1", "a2", "a3"), List.of("k1")), row(List.of("a4"), null))))
                .isEqualTo(2 + 3 + 1 + 1);
    }

    @Test
    void oneAnswerWithMoreIdsThanTheCacheHoldsWeighsMoreThanItsLimit() {
        List<String> many = Collections.nCopies((int) FramingAnalytics.CACHE_WEIGHT, "a");
        assertThat(FramingAnalytics.weight(List.of(row(many, null)))).isGreaterThan((int) FramingAnalytics.CACHE_WEIGHT);
    }
}
