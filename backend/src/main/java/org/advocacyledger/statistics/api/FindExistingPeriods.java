package org.advocacyledger.statistics.api;

import java.util.List;

/** Which of these periods already hold figures (answers a list of their ids). */
public record FindExistingPeriods(List<StatisticsPeriodId> periodIds) {
}
