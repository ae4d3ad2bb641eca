package org.advocacyledger.timeline.query;

/** What a timeline entry shows. */
public enum TimelineEntryType {
    ACTION, REFORM_STAGE, OUTCOME, CONTRIBUTION_CLAIM
}
