package org.advocacyledger.analytics.api;

import java.util.List;

/**
 * One row of the framing dashboard: a top-level framing ({@code avenue} null), a humanitarian-protection
 * avenue, or a legal basis. Every count comes with the ids of the records behind it.
 *
 * @param actions              actions logged under it (in the selection, not retracted)
 * @param claimedReforms       reforms targeted by a contribution claim citing such an action
 * @param substantiatedReforms of those, reforms with such a claim that a substantiator agreed with
 * @param disputedReforms      of those, reforms with such a claim that a substantiator disputed
 * @param creditAll            contribution credit (see docs/decisions.md, decision 15), all claims
 * @param creditSubstantiated  the same over substantiated claims only
 * @param medianLagMonths      months from the first contributing action to the reform's adoption or entry into force
 * @param lagImprecise         some lag rests on a date known only to the year (counted from the start of its span)
 * @param associatedReforms    progressive reforms in the same country within the window after such an action
 *                             (temporal association, not causation)
 * @param smallSample          fewer than 5 claimed reforms: read with care
 * @param actionIds            the actions counted in {@code actions}
 * @param reformIds            the claimed reforms ({@code claimedReforms})
 * @param associatedReformIds  the reforms counted in {@code associatedReforms}
 * @param claimIds             the claims behind the claimed reforms and {@code creditAll}
 * @param substantiatedReformIds the reforms counted in {@code substantiatedReforms}
 * @param disputedReformIds    the reforms counted in {@code disputedReforms}
 * @param progressiveReformIds the claimed reforms counted in {@code progressive}
 * @param regressiveReformIds  the claimed reforms counted in {@code regressive}
 * @param substantiatedClaimIds the substantiated claims: behind {@code substantiatedReforms} and {@code creditSubstantiated}
 * @param disputedClaimIds     the disputed claims: behind {@code disputedReforms}
 */
public record FramingRow(
        String framing,
        String avenue,
        String legalBasis,
        int actions,
        int claimedReforms,
        int substantiatedReforms,
        int disputedReforms,
        int progressive,
        int regressive,
        double creditAll,
        double creditSubstantiated,
        Double medianLagMonths,
        Integer minLagMonths,
        Integer maxLagMonths,
        boolean lagImprecise,
        int associatedReforms,
        Long reachRecognizedBefore,
        Long reachRecognizedAfter,
        Long reachComplementaryBefore,
        Long reachComplementaryAfter,
        boolean smallSample,
        List<String> actionIds,
        List<String> reformIds,
        List<String> associatedReformIds,
        List<String> claimIds,
        List<String> substantiatedReformIds,
        List<String> disputedReformIds,
        List<String> progressiveReformIds,
        List<String> regressiveReformIds,
        List<String> substantiatedClaimIds,
        List<String> disputedClaimIds) {
}
