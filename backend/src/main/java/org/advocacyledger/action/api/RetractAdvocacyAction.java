package org.advocacyledger.action.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Retract an action, with a reason: it leaves the timeline and lists but stays in history. */
public record RetractAdvocacyAction(
        @TargetAggregateIdentifier ActionId actionId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) implements AdvocacyActionCommand {
}
