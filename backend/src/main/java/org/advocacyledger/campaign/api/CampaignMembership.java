package org.advocacyledger.campaign.api;

import java.util.List;

/** A campaign's coordinating organisation (or null) and its partner organisations. */
public record CampaignMembership(String campaignId, String coordinator, List<String> partners) {

    /** ADMIN and EVALUATOR see everything; others see campaigns their organisation coordinates or partners. */
    public boolean visibleTo(String organisation, boolean seesAll) {
        return seesAll || (organisation == null ? coordinator == null : organisation.equals(coordinator) || partners.contains(organisation));
    }

    /** Administrators change everything; coordinators the campaigns their organisation coordinates. */
    public boolean changeableBy(String organisation, boolean administrator) {
        return administrator || (organisation == null ? coordinator == null : organisation.equals(coordinator));
    }
}
