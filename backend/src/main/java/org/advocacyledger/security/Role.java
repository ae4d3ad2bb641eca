package org.advocacyledger.security;

/** The four roles; a user may hold several. */
public enum Role {
    ADMIN, COORDINATOR, PARTNER, EVALUATOR
}
