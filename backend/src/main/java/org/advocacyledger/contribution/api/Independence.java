package org.advocacyledger.contribution.api;

/** How independent a substantiator is of the campaign whose claim they judge. */
public enum Independence {
    INDEPENDENT, COALITION_PARTNER, CAMPAIGN_MEMBER
}
