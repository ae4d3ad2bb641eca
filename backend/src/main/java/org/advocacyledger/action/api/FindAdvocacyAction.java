package org.advocacyledger.action.api;

/** One action by id (retracted ones too); answers null when there is none. */
public record FindAdvocacyAction(ActionId actionId) {
}
