package org.advocacyledger.reform.api;

import org.axonframework.serialization.Revision;

/** A reform's description was corrected: all its fields as they now stand, and why. */
@Revision("1")
public record LegalReformCorrected(
        ReformId reformId,
        String country,
        String instrument,
        ReformKind kind,
        String summary,
        String citation,
        String description,
        ReformDirection direction,
        String reason) implements LegalReformEvent {
}
