package org.advocacyledger.reform.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Correct a reform's description (every field again, not its stages or campaign), with a reason. */
public record CorrectLegalReform(
        @TargetAggregateIdentifier ReformId reformId,
        @TargetAggregateVersion Long expectedVersion,
        String country,
        String instrument,
        ReformKind kind,
        String summary,
        String citation,
        String description,
        ReformDirection direction,
        String reason) implements LegalReformCommand {
}
