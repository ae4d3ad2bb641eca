package org.advocacyledger.shared.web;

/** No such record, or none the caller may see (answered alike, as 404, so existence does not leak). */
public class NotFound extends RuntimeException {
    public NotFound(String kind, String id) {
        super("No " + kind + " " + id);
    }
}
