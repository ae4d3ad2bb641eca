package org.advocacyledger.contribution.api;

import java.time.Instant;
import java.util.List;

import org.advocacyledger.shared.PartialDate;

/** A claim as read; {@code claimedOn} is the day it was first claimed. */
public record ClaimDetails(
        String id,
        String campaignId,
        List<String> actionIds,
        ClaimTargetType targetType,
        String targetId,
        ClaimStrength strength,
        String explanation,
        String evidence,
        List<String> evidenceLinks,
        PartialDate claimedOn,
        boolean retracted,
        String retractionReason,
        Instant recordedAt,
        String recordedBy,
        Instant changedAt,
        String changedBy,
        long version) {
}
