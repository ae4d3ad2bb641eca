package org.advocacyledger.action.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An advocacy action's identity; serialized as its plain string value. */
public record ActionId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ActionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an action id must not be blank");
        }
    }

    public static ActionId create() {
        return new ActionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
