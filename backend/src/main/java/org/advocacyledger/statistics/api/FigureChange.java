package org.advocacyledger.statistics.api;

/** A figure that an import added ({@code previous} null) or corrected ({@code previous} = the value it replaced). */
public record FigureChange(String key, Figures previous, Figures current) {
}
