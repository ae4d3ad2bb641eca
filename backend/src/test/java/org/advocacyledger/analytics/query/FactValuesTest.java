package org.advocacyledger.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
 * Facts of different events hold what they repeat once (decision 20): equal framings lists and dates are the
 * same object, ids and codes are interned; the facts read the same as their payloads.
 */
class FactValuesTest {

    private static AdvocacyActionLogged action(String id, String campaign, String date, FramingKind kind) {
        return new AdvocacyActionLogged(new ActionId(id), new CampaignId(campaign), new String("JPN"), "Issue", "Actor",
                ActionType.REPORT, List.of(new Framing(kind, null, null)), List.of(),
                new Target(TargetKind.MINISTRY, "MOJ"), PartialDate.parse(date), "Did " + id, "notes", List.of());
    }

    @Test
    void equalValuesOfDifferentEventsAreHeldOnce() {
        // two payloads decoded separately: equal values, different objects
        AdvocacyActionLogged first = action(new String("a-1"), new String("c-1"), "2014-03", FramingKind.REFUGEE_CONVENTION);
        AdvocacyActionLogged second = action(new String("a-2"), new String("c-1"), "2014-03", FramingKind.REFUGEE_CONVENTION);
        assertThat(first.framings()).isNotSameAs(second.framings());
        assertThat(first.date()).isNotSameAs(second.date());

        var a = (AnalyticsFact.ActionLogged) AnalyticsFact.of(first, 0);
        var b = (AnalyticsFact.ActionLogged) AnalyticsFact.of(second, 0);

        assertThat(a.framings()).isSameAs(b.framings()).isEqualTo(first.framings());
        assertThat(a.date()).isSameAs(b.date()).isEqualTo(first.date());
        assertThat(a.campaignId()).isSameAs(b.campaignId()).isEqualTo("c-1");
        assertThat(a.id()).isSameAs("a-1".intern());
        assertThat(a.country()).isEqualTo("JPN");
        assertThat(a.legalBases()).isEqualTo(List.of());
    }
}
