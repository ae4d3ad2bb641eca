package org.advocacyledger.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.shared.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Facts hold ids compactly and what they repeat once (decisions 20 and 23): the product's ids (UUIDs) as
 * {@link UUID}s, other ids as their text; equal framings lists, dates and campaign ids are the same object; a
 * record's own id is its aggregate's key object. The facts read the same as their payloads.
 */
class FactValuesTest {

    private static AdvocacyActionLogged action(String id, String campaign, String date, FramingKind kind) {
        return new AdvocacyActionLogged(new ActionId(id), new CampaignId(campaign), new String("JPN"), "Issue", "Actor",
                ActionType.REPORT, List.of(new Framing(kind, null, null)), List.of(),
                new Target(TargetKind.MINISTRY, "MOJ"), PartialDate.parse(date), "Did " + id, "notes", List.of());
    }

    @Test
    void aUuidInCanonicalFormIsHeldAsAUuidAnyOtherIdAsItsText() {
        String uuid = UUID.randomUUID().toString();
        assertThat(FactValues.id(uuid)).isInstanceOf(UUID.class).isEqualTo(UUID.fromString(uuid)).hasToString(uuid);
        assertThat(FactValues.id(new String(uuid))).isEqualTo(FactValues.id(uuid));
        // not what UUID#toString writes: kept as text, so that the text comes back unchanged
        for (String other : List.of(uuid.toUpperCase(java.util.Locale.ROOT), "a-1", "", uuid.replace("-", ""),
                uuid.substring(0, 35) + "g", uuid.replace('-', '_'), "1-1-1-1-1")) {
            assertThat(FactValues.id(other)).as(other).isEqualTo(other).hasToString(other);
        }
        assertThat(FactValues.id((String) null)).isNull();
        assertThat(FactValues.ids(List.of(uuid, "a-1"))).containsExactly(UUID.fromString(uuid), "a-1");
    }

    @Test
    void equalValuesOfDifferentEventsAreHeldOnce() {
        String campaign = UUID.randomUUID().toString();
        // two payloads decoded separately: equal values, different objects
        AdvocacyActionLogged first = action(UUID.randomUUID().toString(), new String(campaign), "2014-03", FramingKind.REFUGEE_CONVENTION);
        AdvocacyActionLogged second = action("a-2", new String(campaign), "2014-03", FramingKind.REFUGEE_CONVENTION);
        assertThat(first.framings()).isNotSameAs(second.framings());
        assertThat(first.date()).isNotSameAs(second.date());

        var a = (AnalyticsFact.ActionLogged) AnalyticsFact.of(first, 0);
        var b = (AnalyticsFact.ActionLogged) AnalyticsFact.of(second, 0);

        assertThat(a.framings()).isSameAs(b.framings()).isEqualTo(first.framings());
        assertThat(a.date()).isSameAs(b.date()).isEqualTo(first.date());
        assertThat(a.campaignId()).isSameAs(b.campaignId()).isEqualTo(UUID.fromString(campaign));
        assertThat(a.id()).isEqualTo(UUID.fromString(first.actionId().value()));
        assertThat(b.id()).isEqualTo("a-2");
        assertThat(a.country()).isSameAs(b.country()).isEqualTo("JPN");
        assertThat(a.legalBases()).isEqualTo(List.of());
    }

    @Test
    void aRecordsOwnIdIsItsAggregatesKey() {
        String id = UUID.randomUUID().toString();
        Object key = FactValues.id(id);

        var fact = (AnalyticsFact.ActionLogged) AnalyticsFact.of(action(new String(id), "c", "2014", FramingKind.REFUGEE_CONVENTION), 0, key);
        var another = (AnalyticsFact.ActionLogged) AnalyticsFact.of(action(UUID.randomUUID().toString(), "c", "2014",
                FramingKind.REFUGEE_CONVENTION), 0, key);

        assertThat(fact.id()).isSameAs(key);
        assertThat(another.id()).isNotEqualTo(key); // another record's id is never taken for the key
    }

    @Test
    void factsMadeFromTextHoldTheSameIdsAsFactsMadeFromEvents() {
        String action = UUID.randomUUID().toString();
        String reform = UUID.randomUUID().toString();
        var claimed = new AnalyticsFact.Claimed("k-1", "c-1", List.of(action, "a-2"), null, reform, null);

        assertThat(claimed.actionIds()).isEqualTo(List.of(UUID.fromString(action), "a-2"));
        assertThat(claimed.targetId()).isEqualTo(UUID.fromString(reform));
        assertThat(new AnalyticsFact.ActionRetracted(action).id()).isEqualTo(UUID.fromString(action));
    }
}
