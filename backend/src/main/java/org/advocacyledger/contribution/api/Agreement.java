package org.advocacyledger.contribution.api;

/** How far a substantiator agrees (outcome harvesting): fully, partly, or not. */
public enum Agreement {
    FULLY, PARTLY, NOT
}
