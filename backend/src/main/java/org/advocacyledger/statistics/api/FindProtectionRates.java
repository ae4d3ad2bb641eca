package org.advocacyledger.statistics.api;

import java.util.List;

/**
 * Protection rates for some countries of asylum over a span of years, summed over everything not filtered
 * (null filter = all). Without {@code basis}, persons and cases come as separate rows: they are never added.
 */
public record FindProtectionRates(List<String> countries, int from, int to, String origin, String authority,
                                  String stage, String basis) {
}
