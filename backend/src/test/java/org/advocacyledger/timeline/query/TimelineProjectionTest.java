package org.advocacyledger.timeline.query;

import org.advocacyledger.timeline.api.GetTimeline;
import org.advocacyledger.timeline.api.TimelineEntryType;
import org.advocacyledger.timeline.api.TimelineEntry;
import org.advocacyledger.timeline.api.TimelinePage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mongodb.client.model.Filters;
import org.advocacyledger.action.api.ActionId;
import org.advocacyledger.action.api.ActionType;
import org.advocacyledger.action.api.AdvocacyActionCorrected;
import org.advocacyledger.action.api.AdvocacyActionLogged;
import org.advocacyledger.action.api.AdvocacyActionRetracted;
import org.advocacyledger.action.api.Framing;
import org.advocacyledger.action.api.FramingKind;
import org.advocacyledger.action.api.ProtectionAvenue;
import org.advocacyledger.action.api.Target;
import org.advocacyledger.action.api.TargetKind;
import org.advocacyledger.campaign.api.CampaignId;
import org.advocacyledger.reform.api.LegalReformCorrected;
import org.advocacyledger.reform.api.LegalReformRecorded;
import org.advocacyledger.reform.api.LegalReformRetracted;
import org.advocacyledger.reform.api.ReformDirection;
import org.advocacyledger.reform.api.ReformId;
import org.advocacyledger.reform.api.ReformKind;
import org.advocacyledger.reform.api.ReformStage;
import org.advocacyledger.reform.api.ReformStageRecorded;
import org.advocacyledger.shared.DatePrecision;
import org.advocacyledger.shared.PartialDate;
import org.advocacyledger.shared.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimelineProjectionTest {

    private final TestMongo mongo = new TestMongo();
    private final TimelineProjection projection = new TimelineProjection(mongo.db);

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    static AdvocacyActionLogged action(String id, String campaign, String date, FramingKind kind) {
        return new AdvocacyActionLogged(new ActionId(id), new CampaignId(campaign), "JPN", "Issue " + id, "Actor " + id,
                ActionType.REPORT, List.of(new Framing(kind, kind == FramingKind.HUMANITARIAN_PROTECTION
                ? ProtectionAvenue.RIGHTS_OF_STATUS_HOLDERS : null, null)), List.of(),
                new Target(TargetKind.MINISTRY, "MOJ"), PartialDate.parse(date), "Did " + id, "notes " + id, List.of());
    }

    private TimelinePage all() {
        return projection.handle(new GetTimeline(null, null, null, null, null, null, 0, 100));
    }

    private Document doc(String id) {
        return mongo.db.getCollection(TimelineProjection.COLLECTION).find(Filters.eq("_id", id)).first();
    }

    @Test
    void sortsImpreciseDatesAtTheStartOfTheirSpanBeforePreciseOnesAndUnknownLast() {
        projection.on(action("a-day", "c1", "2014-01-01", FramingKind.REFUGEE_CONVENTION), 0);
        projection.on(action("a-unknown", "c1", null, FramingKind.REFUGEE_CONVENTION), 0);
        projection.on(action("a-month", "c1", "2014-01", FramingKind.REFUGEE_CONVENTION), 0);
        projection.on(action("a-year", "c1", "2014", FramingKind.REFUGEE_CONVENTION), 0);
        projection.on(action("a-2013", "c1", "2013-12-31", FramingKind.REFUGEE_CONVENTION), 0);
        assertThat(all().items()).extracting(TimelineEntry::recordId)
                .containsExactly("a-2013", "a-year", "a-month", "a-day", "a-unknown");
        TimelineEntry year = all().items().get(1);
        assertThat(year.date()).isEqualTo(PartialDate.parse("2014"));
        assertThat(year.datePrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(year.type()).isEqualTo(TimelineEntryType.ACTION);
        assertThat(year.notes()).isEqualTo("notes a-year");
        assertThat(all().items().get(4).date()).isNull();
        assertThat(all().items().get(4).datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void reformStagesAreEntriesOfTheirOwnAndPlannedStagesGiveWayToLaterOnes() {
        ReformId id = new ReformId("r1");
        var recorded = new LegalReformRecorded(id, new CampaignId("c1"), "KOR", "Refugee Act", ReformKind.LAW, "Act", null,
                null, ReformDirection.PROGRESSIVE);
        var adopted = new ReformStageRecorded(id, ReformStage.ADOPTED, PartialDate.parse("2012-02-10"), false, null);
        var planned = new ReformStageRecorded(id, ReformStage.IN_FORCE, PartialDate.parse("2013-07-01"), true, null);
        var inForce = new ReformStageRecorded(id, ReformStage.IN_FORCE, PartialDate.parse("2013-07"), false, null);
        var corrected = new LegalReformCorrected(id, "KOR", "Refugee Act (Law No. 11298)", ReformKind.LAW, "Act", null,
                null, ReformDirection.PROGRESSIVE, "name");
        projection.on(recorded, 0);
        projection.on(adopted, 1);
        projection.on(planned, 2);
        assertThat(all().items()).extracting(TimelineEntry::stage).containsExactly("ADOPTED", "IN_FORCE");
        assertThat(all().items().get(1).planned()).isTrue();
        projection.on(inForce, 3);
        projection.on(corrected, 4);
        assertThat(all().items()).extracting(TimelineEntry::stage).containsExactly("ADOPTED", "IN_FORCE");
        assertThat(all().items().get(1).planned()).isFalse();
        assertThat(all().items().get(1).date()).isEqualTo(PartialDate.parse("2013-07"));
        assertThat(all().items()).extracting(TimelineEntry::title).containsOnly("Refugee Act (Law No. 11298)");
        assertThat(all().items()).extracting(TimelineEntry::version).containsOnly(4L);

        var stageCorrected = new org.advocacyledger.reform.api.ReformStageCorrected(id, 1L,
                PartialDate.parse("2012-02"), null, "only the month is sure");
        projection.on(stageCorrected, 5);
        Document once = doc("r1");
        projection.on(stageCorrected, 5);
        assertThat(doc("r1")).isEqualTo(once);
        assertThat(all().items().get(0).date()).isEqualTo(PartialDate.parse("2012-02"));
        assertThat(all().items().get(0).stage()).isEqualTo("ADOPTED");

        projection.on(new LegalReformRetracted(id, "x"), 6);
        assertThat(all().total()).isZero();
    }

    @Test
    void aSecondDeliveryChangesNothing() {
        var logged = action("a1", "c1", "2014", FramingKind.REFUGEE_CONVENTION);
        projection.on(logged, 0);
        Document first = doc("a1");
        projection.on(logged, 0);
        assertThat(doc("a1")).isEqualTo(first);
        var corrected = new AdvocacyActionCorrected(new ActionId("a1"), "KOR", "Issue", "Actor", ActionType.MEDIA,
                logged.framings(), List.of(), logged.target(), PartialDate.parse("2015"), "d", null, List.of(), "fix");
        projection.on(corrected, 1);
        Document second = doc("a1");
        projection.on(corrected, 1);
        assertThat(doc("a1")).isEqualTo(second);
        var retracted = new AdvocacyActionRetracted(new ActionId("a1"), "dup");
        projection.on(retracted, 2);
        Document third = doc("a1");
        projection.on(retracted, 2);
        assertThat(doc("a1")).isEqualTo(third);

        ReformId id = new ReformId("r1");
        var stage = new ReformStageRecorded(id, ReformStage.ADOPTED, PartialDate.parse("2012"), false, null);
        projection.on(new LegalReformRecorded(id, new CampaignId("c1"), "KOR", "Act", ReformKind.LAW, "Act", null, null,
                ReformDirection.NEUTRAL), 0);
        projection.on(stage, 1);
        Document reform = doc("r1");
        projection.on(stage, 1);
        assertThat(doc("r1")).isEqualTo(reform);
        assertThat(reform.getList("entries", Document.class)).hasSize(1);
    }

    @Test
    void filtersByCampaignCountryIssueFramingAndDateRange() {
        projection.on(action("a1", "c1", "2010", FramingKind.REFUGEE_CONVENTION), 0);
        projection.on(action("a2", "c1", "2014-03", FramingKind.HUMANITARIAN_PROTECTION), 0);
        projection.on(action("a3", "c2", "2016-05-01", FramingKind.HUMANITARIAN_PROTECTION), 0);
        projection.on(action("a4", "c1", null, FramingKind.HUMANITARIAN_PROTECTION), 0);
        assertThat(ids(new GetTimeline("c1", null, null, null, null, null, 0, 10))).containsExactly("a1", "a2", "a4");
        assertThat(ids(new GetTimeline(null, null, null, "HUMANITARIAN_PROTECTION", null, null, 0, 10)))
                .containsExactly("a2", "a3", "a4");
        assertThat(ids(new GetTimeline(null, null, null, "RIGHTS_OF_STATUS_HOLDERS", null, null, 0, 10)))
                .containsExactly("a2", "a3", "a4");
        assertThat(ids(new GetTimeline(null, "JPN", "Issue a3", null, null, null, 0, 10))).containsExactly("a3");
        assertThat(ids(new GetTimeline(null, null, null, null, PartialDate.parse("2014"), PartialDate.parse("2016-04"), 0, 10)))
                .containsExactly("a2");
        assertThat(ids(new GetTimeline(null, null, null, null, PartialDate.parse("2014-03-02"), null, 0, 10)))
                .containsExactly("a3");
        assertThat(ids(new GetTimeline(null, null, null, null, null, null, 1, 3))).containsExactly("a4");
    }

    private List<String> ids(GetTimeline query) {
        return projection.handle(query).items().stream().map(TimelineEntry::recordId).toList();
    }

    @Test
    void aRecordCorrectedBetweenFindingThePageAndReadingItIsReadAgainNotMixed() {
        projection.on(action("a1", "c1", "2014-01", FramingKind.REFUGEE_CONVENTION), 0);
        projection.on(action("a2", "c1", "2015-01", FramingKind.REFUGEE_CONVENTION), 0);
        int[] corrections = {0};
        projection.betweenReads = () -> {
            if (corrections[0]++ == 0) { // the first time only: moved to 2016
                projection.on(new AdvocacyActionCorrected(new ActionId("a1"), "JPN", "Issue a1", "Actor a1", ActionType.REPORT,
                        List.of(new Framing(FramingKind.REFUGEE_CONVENTION, null, null)), List.of(),
                        new Target(TargetKind.MINISTRY, "MOJ"), PartialDate.parse("2016-01"), "Did a1 in 2016", "notes a1", List.of(),
                        null), 1);
            }
        };

        TimelinePage page = projection.handle(new GetTimeline("c1", null, null, null, null, null, 0, 1));

        assertThat(corrections[0]).as("found twice").isEqualTo(2);
        TimelineEntry first = page.items().get(0);
        assertThat(first.recordId()).as("a1 moved after a2").isEqualTo("a2");
        assertThat(page.total()).isEqualTo(2);
    }
    private List<String> campaignPage(String campaign, int page, int size) {
        return ids(new GetTimeline(campaign, null, null, null, null, null, page, size));
    }

    @Test
    void aLargeCampaignsRecordsAreReadOnceForManyPagesUntilTheNextWrite() {
        projection.keepFromRecords = 3;
        for (int i = 1; i <= 4; i++) {
            projection.on(action("a" + i, "big", "201" + i, FramingKind.REFUGEE_CONVENTION), 0);
        }
        projection.on(action("s1", "small", "2011", FramingKind.REFUGEE_CONVENTION), 0);
        projection.on(action("s2", "small", "2012", FramingKind.REFUGEE_CONVENTION), 0);

        campaignPage("small", 0, 2); // the index's first look-up also checks that it exists (CampaignIndex)

        long before = mongo.commands("find");
        assertThat(campaignPage("big", 0, 2)).containsExactly("a1", "a2");
        long first = mongo.commands("find") - before;
        assertThat(campaignPage("big", 1, 2)).containsExactly("a3", "a4");
        long second = mongo.commands("find") - before - first;
        assertThat(first).as("the index, the light copies, the page").isEqualTo(3);
        assertThat(second).as("the page only").isEqualTo(1);

        before = mongo.commands("find");
        campaignPage("small", 0, 2);
        campaignPage("small", 0, 2);
        assertThat(mongo.commands("find") - before).as("a small campaign is read each time").isEqualTo(6);

        projection.keepAtMostRecords = 3;
        projection.on(action("a5", "big", "2015", FramingKind.REFUGEE_CONVENTION), 0); // a write: the copies are read again
        before = mongo.commands("find");
        assertThat(campaignPage("big", 0, 2)).containsExactly("a1", "a2");
        assertThat(campaignPage("big", 2, 2)).containsExactly("a5");
        assertThat(mongo.commands("find") - before).as("a campaign above the limit is read each time").isEqualTo(6);
    }

    /**
     * Each step reads a page without the record the write changed (a page that holds it is found again anyway, its
     * version having changed; decision 23), so only copies read after the write give the right page and total.
     */
    @Test
    void aLargeCampaignsNextPageShowsEveryWriteSinceItsRecordsWereRead() {
        projection.keepFromRecords = 3;
        for (int i = 1; i <= 4; i++) {
            projection.on(action("a" + i, "big", "201" + i, FramingKind.REFUGEE_CONVENTION), 0);
        }
        assertThat(campaignPage("big", 0, 10)).containsExactly("a1", "a2", "a3", "a4");

        projection.on(action("a0", "big", "2010", FramingKind.REFUGEE_CONVENTION), 0);
        assertThat(campaignPage("big", 1, 2)).as("logged before a1").containsExactly("a2", "a3");
        assertThat(total("big")).isEqualTo(5);

        projection.on(new AdvocacyActionRetracted(new ActionId("a0"), "duplicate"), 1);
        assertThat(campaignPage("big", 1, 2)).as("retracted").containsExactly("a3", "a4");
        assertThat(total("big")).isEqualTo(4);

        projection.on(new AdvocacyActionCorrected(new ActionId("a1"), "JPN", "Issue a1", "Actor a1", ActionType.REPORT,
                List.of(new Framing(FramingKind.REFUGEE_CONVENTION, null, null)), List.of(),
                new Target(TargetKind.MINISTRY, "MOJ"), PartialDate.parse("2019"), "Did a1 later", "notes a1", List.of(), null), 1);
        assertThat(campaignPage("big", 0, 2)).as("a1 corrected to 2019").containsExactly("a2", "a3");

        ReformId reform = new ReformId("r1");
        projection.on(new LegalReformRecorded(reform, new CampaignId("big"), "JPN", "Act", ReformKind.LAW, "Act", null, null,
                ReformDirection.PROGRESSIVE), 0);
        projection.on(new ReformStageRecorded(reform, ReformStage.ADOPTED, PartialDate.parse("2011-06"), false, null), 1);
        assertThat(campaignPage("big", 1, 2)).as("a reform's stage first").containsExactly("a3", "a4");
        assertThat(total("big")).isEqualTo(5);
    }

    private long total(String campaign) {
        return projection.handle(new GetTimeline(campaign, null, null, null, null, null, 0, 10)).total();
    }
}
