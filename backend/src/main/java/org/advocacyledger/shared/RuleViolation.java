package org.advocacyledger.shared;

import java.util.List;

/** Thrown by an aggregate when a command breaks its rules; nothing is applied. Answered as 400. */
public class RuleViolation extends RuntimeException {

    private final List<FieldViolation> violations;

    public RuleViolation(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.violations = List.copyOf(violations);
    }

    public static RuleViolation of(String field, String message) {
        return new RuleViolation(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
