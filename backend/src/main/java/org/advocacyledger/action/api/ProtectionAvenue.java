package org.advocacyledger.action.api;

/** The four avenues of humanitarian protection the article names (sub-framings of HUMANITARIAN_PROTECTION). */
public enum ProtectionAvenue {
    SUBSTANTIVE_NON_REFOULEMENT, PROCEDURAL_PROTECTION, RIGHTS_OF_STATUS_HOLDERS, NON_DISCRIMINATION
}
