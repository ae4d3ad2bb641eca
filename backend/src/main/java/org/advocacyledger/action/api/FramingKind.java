package org.advocacyledger.action.api;

/** The top level of the framing taxonomy: the legal frame an action argues from. */
public enum FramingKind {
    REFUGEE_CONVENTION, HUMANITARIAN_PROTECTION, DOMESTIC_CONSTITUTIONAL, OTHER
}
