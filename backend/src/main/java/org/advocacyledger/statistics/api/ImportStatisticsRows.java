package org.advocacyledger.statistics.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Rows of one file for one existing period, with the release they come from ({@code source}, e.g.
 * "UNHCR 2025.12.1"). Each row is new, unchanged or a correction; answers a {@link PeriodImportOutcome}.
 */
public record ImportStatisticsRows(
        @TargetAggregateIdentifier StatisticsPeriodId periodId,
        String importId,
        String source,
        List<FigureRow> rows) implements StatisticsCommand {
}
