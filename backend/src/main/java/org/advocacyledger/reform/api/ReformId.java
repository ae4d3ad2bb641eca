package org.advocacyledger.reform.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A legal reform's identity; serialized as its plain string value. */
public record ReformId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ReformId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a reform id must not be blank");
        }
    }

    public static ReformId create() {
        return new ReformId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
