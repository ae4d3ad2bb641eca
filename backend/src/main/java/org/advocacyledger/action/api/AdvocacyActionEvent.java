package org.advocacyledger.action.api;

/** Every event an advocacy action has recorded. Names and fields are permanent (see docs/events.md). */
public sealed interface AdvocacyActionEvent permits AdvocacyActionLogged, AdvocacyActionCorrected, AdvocacyActionRetracted {
    ActionId actionId();
}
