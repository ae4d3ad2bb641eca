package org.advocacyledger.contribution.api;

/** How strongly the actions are claimed to have contributed. */
public enum ClaimStrength {
    DECISIVE, SIGNIFICANT, PARTIAL, MINOR
}
