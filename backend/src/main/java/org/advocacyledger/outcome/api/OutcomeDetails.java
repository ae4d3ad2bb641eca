package org.advocacyledger.outcome.api;

import java.time.Instant;

import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;

/**
 * An outcome as read. {@code date} is where it stands in time: the end of a measurement's period, or the
 * date of a change of practice.
 */
public record OutcomeDetails(
        String id,
        String campaignId,
        String country,
        OutcomeKind kind,
        Measurement measurement,
        PracticeChange practiceChange,
        PartialDate date,
        DatePrecision datePrecision,
        boolean retracted,
        String retractionReason,
        Instant recordedAt,
        String recordedBy,
        Instant changedAt,
        String changedBy,
        long version) {
}
