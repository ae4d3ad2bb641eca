package org.advocacyledger.statistics.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The first rows ever imported for a period (country of asylum and year). Creates the period without
 * loading it; refused by the event store when the period already exists (then {@link ImportStatisticsRows}).
 * Answers a {@link PeriodImportOutcome}.
 */
public record OpenStatisticsPeriod(
        @TargetAggregateIdentifier StatisticsPeriodId periodId,
        String importId,
        String source,
        List<FigureRow> rows) implements StatisticsCommand {
}
