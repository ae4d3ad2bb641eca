package org.advocacyledger.reform.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.mongodb.client.model.Filters;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.reform.api.FindLegalReform;
import org.advocacyledger.reform.api.LegalReformCorrected;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.LegalReformRetracted;
import org.advocacyledger.reform.api.ListLegalReforms;
import org.advocacyledger.reform.api.ReformDetails;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.reform.api.ReformStageCorrected;
import org.advocacyledger.reform.api.ReformStageRecorded;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReformProjectionTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    static final ReformId ID = new ReformId("r1");

    private final TestMongo mongo = new TestMongo();
    private final ReformProjection projection = new ReformProjection(mongo.db);

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private Document doc() {
        return mongo.db.getCollection(ReformProjection.COLLECTION).find(Filters.eq("_id", ID.value())).first();
    }

    @Test
    void everyEventIsAppliedOnceEvenWhenDeliveredTwice() {
        var recorded = new LegalReformRecorded(ID, new CampaignId("c1"), "KOR", "Refugee Act", ReformKind.LAW, "Act",
                null, null, ReformDirection.PROGRESSIVE);
        var adopted = new ReformStageRecorded(ID, ReformStage.ADOPTED, PartialDate.parse("2012-02-10"), false, null);
        var planned = new ReformStageRecorded(ID, ReformStage.IN_FORCE, PartialDate.parse("2013-07-01"), true, "expected");
        var corrected = new LegalReformCorrected(ID, "KOR", "Refugee Act", ReformKind.LAW, "Act", "Law No. 11298", null,
                ReformDirection.PROGRESSIVE, "citation");
        Object[][] events = {{recorded, 0L}, {adopted, 1L}, {planned, 2L}, {corrected, 3L}};
        for (Object[] e : events) {
            deliver(e[0], (Long) e[1]);
            Document once = doc();
            deliver(e[0], (Long) e[1]);
            assertThat(doc()).isEqualTo(once);
        }
        ReformDetails r = projection.handle(new FindLegalReform(ID));
        assertThat(r.stages()).hasSize(2);
        assertThat(r.stage()).isEqualTo(ReformStage.ADOPTED);
        assertThat(r.stageDate()).isEqualTo(PartialDate.parse("2012-02-10"));
        assertThat(r.stages().get(1).planned()).isTrue();
        assertThat(r.citation()).isEqualTo("Law No. 11298");
        assertThat(r.version()).isEqualTo(3);
        assertThat(projection.handle(new ListLegalReforms(null, "KOR", ReformStage.ADOPTED, null, 0, 10)).total()).isEqualTo(1);

        var stageCorrected = new ReformStageCorrected(ID, 1L, PartialDate.parse("2012-02-11"), "gazette", "typo");
        deliver(stageCorrected, 4L);
        Document afterStageCorrection = doc();
        deliver(stageCorrected, 4L);
        assertThat(doc()).isEqualTo(afterStageCorrection);
        r = projection.handle(new FindLegalReform(ID));
        assertThat(r.stageDate()).isEqualTo(PartialDate.parse("2012-02-11"));
        assertThat(r.stages().get(0).comment()).isEqualTo("gazette");
        assertThat(r.stages().get(1).date()).isEqualTo(PartialDate.parse("2013-07-01"));

        deliver(new LegalReformRetracted(ID, "x"), 5L);
        assertThat(projection.handle(new ListLegalReforms(null, null, null, null, 0, 10)).total()).isZero();
        assertThat(projection.handle(new FindLegalReform(ID)).retracted()).isTrue();
    }

    private void deliver(Object event, long sequence) {
        if (event instanceof LegalReformRecorded e) {
            projection.on(e, sequence, T0, "coord");
        } else if (event instanceof ReformStageRecorded e) {
            projection.on(e, sequence, T0, "coord");
        } else if (event instanceof LegalReformCorrected e) {
            projection.on(e, sequence, T0, "coord");
        } else if (event instanceof ReformStageCorrected e) {
            projection.on(e, sequence, T0, "coord");
        } else if (event instanceof LegalReformRetracted e) {
            projection.on(e, sequence, T0, "coord");
        }
    }
}
