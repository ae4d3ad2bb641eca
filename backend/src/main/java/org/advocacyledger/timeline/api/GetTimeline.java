package org.advocacyledger.timeline.api;

import org.advocacyledger.shared.PartialDate;

/**
 * The timeline, filtered by any of campaign, country, issue, framing (a top-level kind or an avenue) and a
 * date range: an entry is inside {@code from}..{@code to} when its date's span starts within it (entries of
 * unknown date are left out when a range is given). A filter on an attribute a record does not have (issue
 * and framing: only actions have them) leaves that record out. {@code asOf}: the timeline as recorded by the
 * end of that day (UTC), rebuilt from the event store; null: today.
 */
public record GetTimeline(String campaignId, String country, String issue, String framing, PartialDate from,
                          PartialDate to, int page, int size,
        java.util.Collection<String> campaignScope, java.time.LocalDate asOf) {

    /** Today's timeline. */
    public GetTimeline(String campaignId, String country, String issue, String framing, PartialDate from,
                       PartialDate to, int page, int size, java.util.Collection<String> campaignScope) {
        this(campaignId, country, issue, framing, from, to, page, size, campaignScope, null);
    }

    /** The same query about today's record. */
    public GetTimeline today() {
        return new GetTimeline(campaignId, country, issue, framing, from, to, page, size, campaignScope, null);
    }

    /** Unscoped: every campaign. {@code campaignScope}, when not null, limits results to those campaigns. */
    public GetTimeline(String campaignId, String country, String issue, String framing, PartialDate from,
                          PartialDate to, int page, int size) {
        this(campaignId, country, issue, framing, from, to, page, size, null);
    }
}
