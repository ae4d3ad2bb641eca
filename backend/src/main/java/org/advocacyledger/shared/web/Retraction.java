package org.advocacyledger.shared.web;

/** Body of every {@code POST /api/<records>/{id}/retraction}: why the record is retracted. */
public record Retraction(String reason) {
}
