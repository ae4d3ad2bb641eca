package org.advocacyledger.reform.api;

import java.time.Instant;
import java.util.List;

import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;

/** A reform as read, with its stages (oldest first) and its current (latest actual) stage. */
public record ReformDetails(
        String id,
        String campaignId,
        String country,
        String instrument,
        ReformKind kind,
        String summary,
        String citation,
        String description,
        ReformDirection direction,
        ReformStage stage,
        PartialDate stageDate,
        List<Stage> stages,
        boolean retracted,
        String retractionReason,
        Instant recordedAt,
        String recordedBy,
        Instant changedAt,
        String changedBy,
        long version) {

    /** One recorded stage; {@code version} is the sequence number of the event that recorded it. */
    public record Stage(ReformStage stage, PartialDate date, DatePrecision datePrecision, boolean planned,
                        String comment, Instant recordedAt, String recordedBy, long version) {
    }
}
