package org.advocacyledger.shared.history;

/** The history of record {@code recordId}, which must be an aggregate of type {@code aggregateType}; null if none. */
public record GetRecordHistory(String recordId, String aggregateType) {
}
