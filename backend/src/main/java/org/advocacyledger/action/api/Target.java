package org.advocacyledger.action.api;

/** Whom an action was aimed at: a kind of body and its name ("MINISTRY", "Ministry of Justice of Japan"). */
public record Target(TargetKind kind, String name) {
}
