package org.advocacyledger.shared.history;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Every event of one record, oldest first. */
public record RecordHistory(String recordId, String type, List<Entry> entries) {

    /**
     * One stored event: its sequence number ({@code version}), name, when and by whom it was recorded, the
     * reason given (corrections and retractions), and the fields it changed.
     */
    public record Entry(long version, String event, int revision, Instant recordedAt, String recordedBy,
                        String reason, List<Change> changes) {
    }

    /** One field's value before and after the event (null when absent). */
    public record Change(String field, JsonNode from, JsonNode to) {
    }
}
