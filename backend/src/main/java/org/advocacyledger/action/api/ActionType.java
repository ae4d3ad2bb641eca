package org.advocacyledger.action.api;

/** What kind of advocacy an action was. */
public enum ActionType {
    SUBMISSION_TO_UN_BODY, LEGISLATIVE_TESTIMONY, LITIGATION, MEETING_WITH_OFFICIALS, REPORT, MEDIA,
    PUBLIC_CAMPAIGN, LEGAL_ANALYSIS, OTHER
}
