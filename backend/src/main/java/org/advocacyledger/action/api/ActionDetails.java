package org.advocacyledger.action.api;

import java.time.Instant;
import java.util.List;

import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;

/** An action as read: its current fields, whether it is retracted, who recorded and last changed it, its version (ETag). */
public record ActionDetails(
        String id,
        String campaignId,
        String country,
        String issue,
        String actor,
        ActionType actionType,
        List<Framing> framings,
        List<LegalBasis> legalBases,
        Target target,
        PartialDate date,
        DatePrecision datePrecision,
        String description,
        String notes,
        List<String> evidence,
        boolean retracted,
        String retractionReason,
        Instant recordedAt,
        String recordedBy,
        Instant changedAt,
        String changedBy,
        long version) {
}
