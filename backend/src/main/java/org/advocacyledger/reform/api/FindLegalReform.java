package org.advocacyledger.reform.api;

/** One reform by id (retracted ones too); answers null when there is none. */
public record FindLegalReform(ReformId reformId) {
}
