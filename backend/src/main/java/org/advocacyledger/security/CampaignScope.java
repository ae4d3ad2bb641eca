package org.advocacyledger.security;

import java.util.Collection;
import java.util.List;

import org.advocacyledger.campaign.api.Actor;
import org.advocacyledger.campaign.api.CampaignMembership;
import org.advocacyledger.campaign.api.GetCampaignMembership;
import org.advocacyledger.campaign.api.ListVisibleCampaignIds;
import org.advocacyledger.shared.Forbidden;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.web.NotFound;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Per-object access to campaigns and everything recorded in them. ADMIN and EVALUATOR see every campaign;
 * COORDINATOR and PARTNER users see the campaigns their organisation coordinates or partners (a user
 * without organisation: campaigns without a coordinator). Only administrators and coordinators of the
 * coordinating organisation change a campaign's records. A campaign the caller may not see answers 404,
 * exactly as one that does not exist, so its existence does not leak.
 */
@Component
public class CampaignScope {

    private final QueryGateway queries;
    private final SecurityLog securityLog;

    CampaignScope(QueryGateway queries, SecurityLog securityLog) {
        this.queries = queries;
        this.securityLog = securityLog;
    }

    /** The campaigns the caller may see, or null when they may see every campaign. */
    public Collection<String> visibleCampaignIds(Authentication caller) {
        if (seesAll(caller)) {
            return null;
        }
        return queries.query(new ListVisibleCampaignIds(organisation(caller)), ResponseTypes.multipleInstancesOf(String.class)).join();
    }

    public void requireVisible(Authentication caller, String campaignId) {
        CampaignMembership membership = membership(campaignId);
        if (membership == null || !membership.visibleTo(organisation(caller), seesAll(caller))) {
            refuse(caller, campaignId, "not visible");
            throw new NotFound("campaign", campaignId);
        }
    }

    public void requireChangeable(Authentication caller, String campaignId) {
        requireVisible(caller, campaignId);
        if (!membership(campaignId).changeableBy(organisation(caller), administrator(caller))) {
            refuse(caller, campaignId, "not changeable");
            throw new Forbidden("Only the coordinating organisation's coordinators may change this campaign's records");
        }
    }

    /** The same checks for the caller of the current request. */
    public Collection<String> visibleCampaignIds() {
        return visibleCampaignIds(current());
    }

    public void requireVisible(String campaignId) {
        requireVisible(current(), campaignId);
    }

    public void requireChangeable(String campaignId) {
        requireChangeable(current(), campaignId);
    }

    /**
     * For a campaign named in a request body: one the caller cannot see, or that does not exist, is a bad
     * field value (400, the same answer for both); one they see but may not change is 403.
     */
    public void requireRecordableIn(String campaignId, String field) {
        Authentication caller = current();
        CampaignMembership membership = membership(campaignId);
        if (membership == null || !membership.visibleTo(organisation(caller), seesAll(caller))) {
            throw RuleViolation.of(field, "is not a campaign you can record in");
        }
        if (!membership.changeableBy(organisation(caller), administrator(caller))) {
            refuse(caller, campaignId, "not changeable");
            throw new Forbidden("Only the coordinating organisation's coordinators may change this campaign's records");
        }
    }

    private static Authentication current() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    }

    public Actor actor(Authentication caller) {
        return new Actor(organisation(caller), administrator(caller));
    }

    public String organisation(Authentication caller) {
        return caller != null && caller.getPrincipal() instanceof LedgerUser user ? user.organisation() : null;
    }

    private CampaignMembership membership(String campaignId) {
        if (campaignId == null) {
            return null;
        }
        return queries.query(new GetCampaignMembership(campaignId), ResponseTypes.instanceOf(CampaignMembership.class)).join();
    }

    private void refuse(Authentication caller, String campaignId, String why) {
        securityLog.record(SecurityLog.Kind.ACCESS_REFUSED, caller == null ? null : caller.getName(), null,
                "campaign " + campaignId + " " + why);
    }

    static boolean seesAll(Authentication caller) {
        return has(caller, "ROLE_ADMIN") || has(caller, "ROLE_EVALUATOR");
    }

    static boolean administrator(Authentication caller) {
        return has(caller, "ROLE_ADMIN");
    }

    private static boolean has(Authentication caller, String authority) {
        if (caller == null) {
            return false;
        }
        List<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return authorities.contains(authority);
    }
}
