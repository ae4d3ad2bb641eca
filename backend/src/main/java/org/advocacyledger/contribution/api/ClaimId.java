package org.advocacyledger.contribution.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A contribution claim's identity; serialized as its plain string value. */
public record ClaimId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ClaimId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a claim id must not be blank");
        }
    }

    public static ClaimId create() {
        return new ClaimId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
