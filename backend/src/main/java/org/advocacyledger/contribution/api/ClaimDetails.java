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
        long version,
        List<Substantiation> substantiations) {

    public ClaimDetails {
        substantiations = substantiations == null ? List.of() : List.copyOf(substantiations);
    }

    public ClaimDetails(String id, String campaignId, List<String> actionIds, ClaimTargetType targetType, String targetId,
                        ClaimStrength strength, String explanation, String evidence, List<String> evidenceLinks,
                        PartialDate claimedOn, boolean retracted, String retractionReason, Instant recordedAt,
                        String recordedBy, Instant changedAt, String changedBy, long version) {
        this(id, campaignId, actionIds, targetType, targetId, strength, explanation, evidence, evidenceLinks, claimedOn,
                retracted, retractionReason, recordedAt, recordedBy, changedAt, changedBy, version, List.of());
    }

    /** Some substantiator agrees, fully or partly, that the actions contributed. */
    public boolean substantiated() {
        return substantiations.stream().anyMatch(s -> s.contributionAgreement() != Agreement.NOT);
    }

    /** Some substantiator does not agree that the actions contributed. */
    public boolean disputed() {
        return substantiations.stream().anyMatch(s -> s.contributionAgreement() == Agreement.NOT);
    }
}
