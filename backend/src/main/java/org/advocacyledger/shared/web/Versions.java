package org.advocacyledger.shared.web;

import org.advocacyledger.shared.RuleViolation;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/** ETags are aggregate sequence numbers; {@code If-Match} names the version an update was based on. */
public final class Versions {

    private Versions() {
    }

    /** The expected version from an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}); null when absent. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw RuleViolation.of("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
    }

    /**
     * The expected version from {@code If-Match}, checked against the record's current version: a version
     * the record never had (newer than its current one) is refused as a conflict at once (Axon refuses the
     * older ones, atomically, when the command is handled).
     */
    public static Long expected(String ifMatch, String recordId, long currentVersion) {
        Long expected = fromIfMatch(ifMatch);
        if (expected != null && expected > currentVersion) {
            throw new ConflictingAggregateVersionException(recordId, expected, currentVersion);
        }
        return expected;
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
