package org.advocacyledger.statistics.api;

/** Every figure of one country of asylum and year, with how often each was revised. */
public record FindPeriodFigures(StatisticsPeriodId periodId) {
}
