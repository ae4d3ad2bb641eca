package org.advocacyledger.statistics.api;

/** The history of one figure; answers null when there is no such figure. */
public record FindFigureHistory(FigureKey key) {
}
