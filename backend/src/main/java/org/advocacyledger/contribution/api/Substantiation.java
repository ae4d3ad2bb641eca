package org.advocacyledger.contribution.api;

import java.time.Instant;

/** One substantiation as read, with the substantiator's name (null once erased). */
public record Substantiation(
        String id,
        String substantiatorName,
        String substantiatorRole,
        Independence independence,
        Agreement outcomeAgreement,
        Agreement significanceAgreement,
        Agreement contributionAgreement,
        String comments,
        Instant recordedAt,
        String recordedBy) {
}
