package org.advocacyledger.timeline.api;

import java.util.List;

import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;

/**
 * One line of the timeline. Common: type, record, campaign, country, date (with precision), title and
 * summary; the rest is filled for the types it concerns (null otherwise). {@code version} is the record's
 * current version (the ETag of its detail), {@code notes} the action's internal notes (never shown to
 * partners). For a change of practice, {@code actor} is who changed and {@code comment} its significance.
 */
public record TimelineEntry(
        TimelineEntryType type,
        String recordId,
        String campaignId,
        String country,
        String issue,
        PartialDate date,
        DatePrecision datePrecision,
        String title,
        String summary,
        // actions
        String actor,
        String actionType,
        List<Framing> framings,
        List<LegalBasis> legalBases,
        Target target,
        String notes,
        // reform stages
        String instrument,
        String reformKind,
        String direction,
        String stage,
        Boolean planned,
        String comment,
        // outcomes
        String outcomeKind,
        String metric,
        Long value,
        String unit,
        String period,
        // contribution claims
        String strength,
        List<String> actionIds,
        String targetType,
        String targetId,
        long version) {
}
