package org.advocacyledger.statistics.api;

import java.util.List;

/** Every command the statistics of a period handle. */
public sealed interface StatisticsCommand permits OpenStatisticsPeriod, ImportStatisticsRows {
    StatisticsPeriodId periodId();

    String importId();

    String source();

    List<FigureRow> rows();
}
