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

    /** A value that must be present (an enum, a date, a nested record). */
    public Rules requireValue(Object value, String field) {
        if (value == null) {
            violations.add(new FieldViolation(field, "is required"));
        }
        return this;
    }

    /** An ISO 3166-1 alpha-3 country code (HKG and MAC are jurisdictions of their own). */
    public Rules country(String code, String field) {
        if (code == null || code.isBlank()) {
            violations.add(new FieldViolation(field, "is required (ISO 3166-1 alpha-3, e.g. JPN)"));
        } else if (!Countries.isAlpha3(code)) {
            violations.add(new FieldViolation(field, "is not an ISO 3166-1 alpha-3 country code"));
        }
        return this;
    }

    /** A date of something that happened: unknown is allowed, the future is not. */
    public Rules notInFuture(PartialDate date, String field) {
        if (date != null && date.isAfter(PartialDate.latestToday())) {
            violations.add(new FieldViolation(field, "must not be in the future"));
        }
        return this;
    }

    /** Evidence links: at most {@link Limits#EVIDENCE_LINKS}, each an absolute http(s) URL. */
    public Rules links(List<String> links, String field) {
        if (links == null) {
            return this;
        }
        maxSize(links, field, Limits.EVIDENCE_LINKS);
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i);
            String name = field + "[" + i + "]";
            if (link == null || link.isBlank()) {
                violations.add(new FieldViolation(name, "must not be blank"));
            } else if (link.length() > Limits.LINK) {
                violations.add(new FieldViolation(name, "must be at most " + Limits.LINK + " characters"));
            } else if (!isHttpUrl(link.strip())) {
                violations.add(new FieldViolation(name, "must be an http or https URL"));
            }
        }
        return this;
    }

    static boolean isHttpUrl(String link) {
        try {
            java.net.URI uri = new java.net.URI(link);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Trims text, and turns blank text into null (optional fields are stored as null, never as ""). */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Copies a possibly-null list (null stays an empty list), trimming every entry. */
    public static List<String> cleanAll(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(t -> t == null ? null : t.strip()).toList();
    }

    public void check() {
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }
}
