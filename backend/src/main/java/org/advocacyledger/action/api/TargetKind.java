package org.advocacyledger.action.api;

/** What kind of body an action was aimed at. */
public enum TargetKind {
    MINISTRY, LEGISLATURE, COURT, UN_BODY, MEDIA, OTHER
}
