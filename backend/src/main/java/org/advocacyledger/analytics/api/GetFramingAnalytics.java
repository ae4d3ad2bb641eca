package org.advocacyledger.analytics.api;

import java.time.LocalDate;
import java.util.Collection;

import org.advocacyledger.shared.PartialDate;

/**
 * The framing dashboard for a selection, computed from the events recorded up to the end of {@code asOf}
 * (UTC; null: everything recorded so far). {@code byLegalBasis}: one row per legal basis instead of per
 * framing and avenue. {@code campaignScope}: the campaigns the caller may see (null: all). {@code ids}: whether
 * the rows carry the ids of the records behind each number (false: the id lists are null, and not built).
 */
public record GetFramingAnalytics(
        Collection<String> countries,
        String issue,
        PartialDate from,
        PartialDate to,
        LocalDate asOf,
        int windowMonths,
        int reachYears,
        boolean byLegalBasis,
        Collection<String> campaignScope,
        boolean ids) {

    /** With the id lists. */
    public GetFramingAnalytics(Collection<String> countries, String issue, PartialDate from, PartialDate to, LocalDate asOf,
                               int windowMonths, int reachYears, boolean byLegalBasis, Collection<String> campaignScope) {
        this(countries, issue, from, to, asOf, windowMonths, reachYears, byLegalBasis, campaignScope, true);
    }
}
