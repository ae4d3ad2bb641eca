package org.advocacyledger.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.RuleViolation;

/** Checks {@code page} (from 0) and {@code size} (1 to {@link Page#MAX_SIZE}) query parameters. */
public final class Paging {

    private Paging() {
    }

    public static void check(int page, int size) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new FieldViolation("page", "must be 0 or more"));
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            violations.add(new FieldViolation("size", "must be between 1 and " + Page.MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }

    /** A filter value: blank means "no filter". */
    public static String filter(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
