package org.advocacyledger.shared;

/** The caller may see the record but not do this to it. Answered as 403. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
