package org.advocacyledger.action.api;

/** A legal basis an action cites: an instrument and, optionally, an article ("CAT", "art. 3"). */
public record LegalBasis(String instrument, String article) {
}
