package org.advocacyledger.timeline.api;

/** What a timeline entry shows. */
public enum TimelineEntryType {
    ACTION, REFORM_STAGE, OUTCOME, CONTRIBUTION_CLAIM
}
