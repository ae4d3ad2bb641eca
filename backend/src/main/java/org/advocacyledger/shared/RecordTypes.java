package org.advocacyledger.shared;

import java.util.Optional;

/**
 * Command-side lookup of any record by id, answered from the event store itself (never from a read
 * model): which aggregate type it is, and whether it has been retracted. Aggregates receive it as a
 * command-handler parameter to check references (an action's campaign, a claim's actions and target).
 */
public interface RecordTypes {

    /** What the event store knows of a record. */
    record RecordInfo(String type, boolean retracted) {
    }

    Optional<RecordInfo> find(String id);

    /** True when {@code id} is a record of aggregate type {@code type} that has not been retracted. */
    default boolean isLive(String id, String type) {
        return id != null && find(id).filter(info -> info.type().equals(type) && !info.retracted()).isPresent();
    }
}
