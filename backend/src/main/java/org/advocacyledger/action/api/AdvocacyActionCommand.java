package org.advocacyledger.action.api;

/** Every command an advocacy action handles. */
public sealed interface AdvocacyActionCommand permits LogAdvocacyAction, CorrectAdvocacyAction, RetractAdvocacyAction {
    ActionId actionId();
}
