package org.advocacyledger.statistics.api;

/** A figure as listed for its period: its current values, the release they came from and the number of corrections. */
public record FigureSummary(String key, String kind, String origin, String authority, String applicationType,
                            String stage, String basis, Figures values, String source, int corrections) {
}
