package org.advocacyledger.statistics.api;

/** Every event of a statistics period. Names and fields are permanent (see docs/events.md). */
public sealed interface StatisticsEvent permits StatisticsBatchImported {
    StatisticsPeriodId periodId();
}
