package org.advocacyledger.shared.web;

import org.advocacyledger.shared.RuleViolation;

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

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
