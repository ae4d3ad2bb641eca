package org.advocacyledger.statistics.api;

import java.util.List;

/**
 * Protection rates for some countries of asylum over a span of years, summed over everything not filtered
 * (null filter = all). Without {@code basis}, persons and cases come as separate rows: they are never added.
 */
public record FindProtectionRates(List<String> countries, int from, int to, String origin, String authority,
                                  String stage, String basis, java.time.LocalDate asOf) {

    /** Today's figures. */
    public FindProtectionRates(List<String> countries, int from, int to, String origin, String authority, String stage,
                               String basis) {
        this(countries, from, to, origin, authority, stage, basis, null);
    }

    /** The same query about today's figures. */
    public FindProtectionRates today() {
        return new FindProtectionRates(countries, from, to, origin, authority, stage, basis, null);
    }
}
