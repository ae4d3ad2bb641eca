package org.advocacyledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A span of time between two known partial dates, both included: "2015" (one year), "2014-03" (one month)
 * or "1994 to 2015-08". Serialized as that string.
 */
public record Period(PartialDate from, PartialDate to) {

    public static final String SEPARATOR = " to ";

    public Period {
        if (from == null || from.isUnknown() || to == null || to.isUnknown()) {
            throw new IllegalArgumentException("a period needs a known start and end");
        }
        if (to.end().isBefore(from.start())) {
            throw new IllegalArgumentException("a period must not end before it starts");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must be a date or \"<date> to <date>\"");
        }
        String[] parts = text.strip().split(SEPARATOR, -1);
        if (parts.length == 1) {
            PartialDate single = PartialDate.parse(parts[0]);
            return new Period(single, single);
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("must be a date or \"<date> to <date>\"");
        }
        return new Period(PartialDate.parse(parts[0]), PartialDate.parse(parts[1]));
    }

    @JsonValue
    public String value() {
        return from.equals(to) ? from.value() : from.value() + SEPARATOR + to.value();
    }

    @Override
    public String toString() {
        return value();
    }
}
