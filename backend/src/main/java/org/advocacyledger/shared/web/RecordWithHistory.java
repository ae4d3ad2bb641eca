package org.advocacyledger.shared.web;

import java.util.List;

import org.advocacyledger.shared.history.RecordHistory;

/** A record's detail answer: its current state and its full history (oldest event first). */
public record RecordWithHistory<T>(T record, List<RecordHistory.Entry> history) {
}
