package org.advocacyledger.statistics.api;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Up to 1,000 figures of one period were added or corrected by one import (unchanged rows are not
 * recorded). {@code source} names the release, {@code importId} ties the batches of one upload together;
 * the import time is the event's timestamp and who imported it is in its metadata.
 */
@Revision("1")
public record StatisticsBatchImported(
        StatisticsPeriodId periodId,
        String importId,
        String source,
        List<FigureChange> figures) implements StatisticsEvent {
}
