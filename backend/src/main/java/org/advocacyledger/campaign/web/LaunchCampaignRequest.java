package org.advocacyledger.campaign.web;

import java.util.List;

/** Body of {@code POST /api/campaigns}. The campaign's rules are checked by the aggregate. */
record LaunchCampaignRequest(String name, List<String> countries, List<String> issues, String goal) {
}
