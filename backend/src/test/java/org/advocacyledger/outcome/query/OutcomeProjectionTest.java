package org.advocacyledger.outcome.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.mongodb.client.model.Filters;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.outcome.api.FindOutcome;
import org.advocacyledger.outcome.api.ListOutcomes;
import org.advocacyledger.outcome.api.Measurement;
import org.advocacyledger.outcome.api.OutcomeCorrected;
import org.advocacyledger.outcome.api.OutcomeDetails;
import org.advocacyledger.outcome.api.OutcomeId;
import org.advocacyledger.outcome.api.OutcomeKind;
import org.advocacyledger.outcome.api.OutcomeMetric;
import org.advocacyledger.outcome.api.OutcomeRecorded;
import org.advocacyledger.outcome.api.OutcomeRetracted;
import org.advocacyledger.outcome.api.OutcomeUnit;
import org.advocacyledger.outcome.api.PracticeChange;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.Period;
import org.advocacyledger.shared.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutcomeProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    static final OutcomeId ID = new OutcomeId("o1");
    static final Measurement GRANTS = new Measurement(OutcomeMetric.HUMANITARIAN_PROTECTION_GRANTS, null,
            Period.parse("1994 to 2015-08"), 879L, OutcomeUnit.PERSONS, "UNHCR");

    private final TestMongo mongo = new TestMongo();
    private final OutcomeProjection projection = new OutcomeProjection(mongo.db);

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private Document doc() {
        return mongo.db.getCollection(OutcomeProjection.COLLECTION).find(Filters.eq("_id", ID.value())).first();
    }

    @Test
    void aSecondDeliveryChangesNothingAndTheOutcomeReadsBack() {
        var recorded = new OutcomeRecorded(ID, new CampaignId("c1"), "KOR", GRANTS, null);
        projection.on(recorded, 0, T0, "coord");
        Document first = doc();
        projection.on(recorded, 0, T0, "coord");
        assertThat(doc()).isEqualTo(first);

        OutcomeDetails o = projection.handle(new FindOutcome(ID));
        assertThat(o.kind()).isEqualTo(OutcomeKind.MEASURED);
        assertThat(o.measurement()).isEqualTo(GRANTS);
        assertThat(o.date()).isEqualTo(PartialDate.parse("2015-08"));

        var corrected = new OutcomeCorrected(ID, "KOR", null, new PracticeChange("MOJ", "Reasons given", null, null, null),
                "was a change of practice");
        projection.on(corrected, 1, T0, "coord");
        Document second = doc();
        projection.on(corrected, 1, T0, "coord");
        assertThat(doc()).isEqualTo(second);
        o = projection.handle(new FindOutcome(ID));
        assertThat(o.kind()).isEqualTo(OutcomeKind.PRACTICE_CHANGE);
        assertThat(o.measurement()).isNull();
        assertThat(o.practiceChange().date().isUnknown()).isTrue();
        assertThat(projection.handle(new ListOutcomes(null, "KOR", OutcomeKind.PRACTICE_CHANGE, null, 0, 10)).total())
                .isEqualTo(1);

        var retracted = new OutcomeRetracted(ID, "x");
        projection.on(retracted, 2, T0, "coord");
        Document third = doc();
        projection.on(retracted, 2, T0, "coord");
        assertThat(doc()).isEqualTo(third);
        assertThat(projection.handle(new ListOutcomes(null, null, null, null, 0, 10)).total()).isZero();
    }
}
