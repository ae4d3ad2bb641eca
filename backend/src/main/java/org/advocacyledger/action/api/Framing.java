package org.advocacyledger.action.api;

import java.util.ArrayList;
import java.util.List;

/**
 * One framing of an action: a top-level kind; for HUMANITARIAN_PROTECTION optionally one avenue; for OTHER
 * a name in free text ({@code otherName}, required there and refused elsewhere).
 */
public record Framing(FramingKind kind, ProtectionAvenue avenue, String otherName) {

    /** The codes a timeline filter matches: the kind, and the avenue when there is one. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        if (kind != null) {
            codes.add(kind.name());
        }
        if (avenue != null) {
            codes.add(avenue.name());
        }
        return codes;
    }
}
