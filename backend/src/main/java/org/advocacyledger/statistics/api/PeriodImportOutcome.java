package org.advocacyledger.statistics.api;

/** What one period made of the rows it was given. */
public record PeriodImportOutcome(int imported, int unchanged, int corrected) {
}
