package org.advocacyledger.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every broken rule of a command, then throws them together (one answer names every field). */
public final class Rules {

    private final List<FieldViolation> violations = new ArrayList<>();

    public Rules require(boolean condition, String field, String message) {
        if (!condition) {
            violations.add(new FieldViolation(field, message));
        }
        return this;
    }

    public Rules requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "must not be blank"));
        } else {
            optionalText(value, field, maxLength);
        }
        return this;
    }

    public Rules optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            violations.add(new FieldViolation(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public Rules maxSize(Collection<?> values, String field, int max) {
        if (values != null && values.size() > max) {
            violations.add(new FieldViolation(field, "must have at most " + max + " entries"));
        }
        return this;
    }

    public void check() {
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }
}
