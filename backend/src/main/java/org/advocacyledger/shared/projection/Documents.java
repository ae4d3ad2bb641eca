package org.advocacyledger.shared.projection;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;

/**
 * Converts message values (records, value objects, enums) to plain Mongo values and documents back to
 * view records, through Jackson: values are stored exactly as the API shows them (dates as strings such
 * as "2014-03", enums by name), so a projection never re-implements a value's format.
 */
public final class Documents {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Documents() {
    }

    /** A value as Mongo stores it: records become maps, lists lists, value objects their string form. */
    public static Object value(Object value) {
        if (value == null) {
            return null;
        }
        return JSON.convertValue(value, Object.class);
    }

    /** A list of values (never null). */
    public static List<Object> values(List<?> values) {
        return values == null ? List.of() : values.stream().map(Documents::value).toList();
    }

    /**
     * An instant as stored: its ISO-8601 string to the millisecond. The event store keeps timestamps to the
     * millisecond, so a live delivery (nanoseconds) and a replay must agree on this precision.
     */
    public static String instant(Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    /** Reads a stored document as {@code type}; {@code _id} is offered as {@code id}. */
    public static <T> T read(Document document, Class<T> type) {
        if (document == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>(document);
        fields.put("id", document.get("_id"));
        return JSON.convertValue(fields, type);
    }

    /** Reads a map of stored values as {@code type}. */
    public static <T> T read(Map<String, Object> fields, Class<T> type) {
        return JSON.convertValue(fields, type);
    }

    /** Reads a stored value as {@code type}. */
    public static <T> T read(Object value, TypeReference<T> type) {
        return JSON.convertValue(value, type);
    }
}
