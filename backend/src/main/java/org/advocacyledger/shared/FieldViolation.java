package org.advocacyledger.shared;

/** One broken rule, named by the request field it concerns (e.g. {@code countries[1]}). */
public record FieldViolation(String field, String message) {
}
