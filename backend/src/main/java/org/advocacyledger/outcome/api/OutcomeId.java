package org.advocacyledger.outcome.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An outcome's identity; serialized as its plain string value. */
public record OutcomeId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OutcomeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an outcome id must not be blank");
        }
    }

    public static OutcomeId create() {
        return new OutcomeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
