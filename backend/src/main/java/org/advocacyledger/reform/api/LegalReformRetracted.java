package org.advocacyledger.reform.api;

import org.axonframework.serialization.Revision;

/** A reform was retracted (it should not have been recorded); it stays in history. */
@Revision("1")
public record LegalReformRetracted(ReformId reformId, String reason) implements LegalReformEvent {
}
