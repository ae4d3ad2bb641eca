package org.advocacyledger.action.api;

import org.axonframework.serialization.Revision;

/** An action was retracted (it should not have been recorded); it stays in history. */
@Revision("1")
public record AdvocacyActionRetracted(ActionId actionId, String reason) implements AdvocacyActionEvent {
}
