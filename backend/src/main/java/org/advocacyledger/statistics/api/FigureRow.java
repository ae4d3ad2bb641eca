package org.advocacyledger.statistics.api;

/** One row of an imported file: which figure ({@link FigureKey#value()}) and its numbers. */
public record FigureRow(String key, Figures values) {
}
