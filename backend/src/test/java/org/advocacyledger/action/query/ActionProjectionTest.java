package org.advocacyledger.action.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.advocacyledger.action.api.ActionDetails;
import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.AdvocacyActionCorrected;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.AdvocacyActionRetracted;
import org.advocacyledger.action.api.FindAdvocacyAction;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.LegalBasis;
import org.advocacyledger.action.api.ListAdvocacyActions;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActionProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    static final Instant T1 = Instant.parse("2026-02-02T03:04:05Z");

    private final TestMongo mongo = new TestMongo();
    private final ActionProjection projection = new ActionProjection(mongo.db);

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    static AdvocacyActionLogged logged(String id, String date, String country) {
        return new AdvocacyActionLogged(new ActionId(id), new CampaignId("c1"), country, "Issue", "Actor",
                ActionType.REPORT, List.of(new Framing(FramingKind.HUMANITARIAN_PROTECTION,
                ProtectionAvenue.PROCEDURAL_PROTECTION, null), new Framing(FramingKind.OTHER, null, "Labour law")),
                List.of(new LegalBasis("ICCPR", "art. 13")), new Target(TargetKind.LEGISLATURE, "Diet"),
                PartialDate.parse(date), "Description", "secret", List.of("https://example.org"));
    }

    private Document doc(String id) {
        return mongo.db.getCollection(ActionProjection.COLLECTION).find(Filters.eq("_id", id)).first();
    }

    @Test
    void aLoggedActionIsListedWithItsFieldsAndVersion() {
        projection.on(logged("a1", "2014-03", "JPN"), 0, T0, "coord");
        ActionDetails a = projection.handle(new FindAdvocacyAction(new ActionId("a1")));
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.campaignId()).isEqualTo("c1");
        assertThat(a.date()).isEqualTo(PartialDate.parse("2014-03"));
        assertThat(a.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(a.framings()).hasSize(2);
        assertThat(a.framings().get(1).otherName()).isEqualTo("Labour law");
        assertThat(a.target().kind()).isEqualTo(TargetKind.LEGISLATURE);
        assertThat(a.notes()).isEqualTo("secret");
        assertThat(a.recordedBy()).isEqualTo("coord");
        assertThat(a.recordedAt()).isEqualTo(T0);
        assertThat(a.version()).isZero();
    }

    @Test
    void aSecondDeliveryChangesNothing() {
        AdvocacyActionLogged logged = logged("a1", "2014", "JPN");
        projection.on(logged, 0, T0, "coord");
        Document first = doc("a1");
        projection.on(logged, 0, T1, "someone-else");
        assertThat(doc("a1")).isEqualTo(first);

        AdvocacyActionCorrected corrected = new AdvocacyActionCorrected(new ActionId("a1"), "KOR", "Issue 2", "Actor",
                ActionType.MEDIA, logged.framings(), logged.legalBases(), logged.target(), PartialDate.parse("2015"),
                "Description", null, List.of(), "wrong country");
        projection.on(corrected, 1, T1, "coord");
        Document afterCorrection = doc("a1");
        projection.on(corrected, 1, T1, "coord");
        assertThat(doc("a1")).isEqualTo(afterCorrection);
        assertThat(afterCorrection.getString("country")).isEqualTo("KOR");
        assertThat(afterCorrection.get("version", Number.class).longValue()).isEqualTo(1);

        AdvocacyActionRetracted retracted = new AdvocacyActionRetracted(new ActionId("a1"), "duplicate");
        projection.on(retracted, 2, T1, "coord");
        Document afterRetraction = doc("a1");
        projection.on(retracted, 2, T1, "coord");
        assertThat(doc("a1")).isEqualTo(afterRetraction);
        assertThat(afterRetraction.getBoolean("retracted")).isTrue();
    }

    @Test
    void anEventAfterAGapIsRefused() {
        projection.on(logged("a1", "2014", "JPN"), 0, T0, "coord");
        assertThatThrownBy(() -> projection.on(new AdvocacyActionRetracted(new ActionId("a1"), "x"), 5, T1, "coord"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listsFilterSortAndPage() {
        projection.on(logged("a1", "2014-03-05", "JPN"), 0, T0, "c");
        projection.on(logged("a2", "2014", "JPN"), 0, T0, "c");
        projection.on(logged("a3", null, "JPN"), 0, T0, "c");
        projection.on(logged("a4", "2014-03", "KOR"), 0, T0, "c");
        projection.on(new AdvocacyActionRetracted(new ActionId("a4"), "x"), 1, T0, "c");

        var page = projection.handle(new ListAdvocacyActions(null, "JPN", null, null, 0, 50));
        assertThat(page.items()).extracting(ActionDetails::id).containsExactly("a2", "a1", "a3");
        assertThat(page.total()).isEqualTo(3);

        assertThat(projection.handle(new ListAdvocacyActions("c1", null, null, "PROCEDURAL_PROTECTION", 1, 2)).items())
                .extracting(ActionDetails::id).containsExactly("a3");
        assertThat(projection.handle(new ListAdvocacyActions(null, null, null, "REFUGEE_CONVENTION", 0, 2)).total()).isZero();
        assertThat(projection.handle(new ListAdvocacyActions(null, "KOR", null, null, 0, 2)).total()).isZero();
    }
}
