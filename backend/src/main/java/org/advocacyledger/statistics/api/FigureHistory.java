package org.advocacyledger.statistics.api;

import java.time.Instant;
import java.util.List;

/** One figure and every value it has had, oldest first, each with the release it came from. */
public record FigureHistory(String key, String kind, String country, int year, String origin, String authority,
                            String applicationType, String stage, String basis, Figures current, List<Entry> history) {

    /** A value recorded by an import; {@code previous} is null for the first one. */
    public record Entry(String source, String importId, Instant importedAt, String importedBy, Figures previous,
                        Figures values) {
    }
}
