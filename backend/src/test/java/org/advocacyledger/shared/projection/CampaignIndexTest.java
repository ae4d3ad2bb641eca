package org.advocacyledger.shared.projection;

import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.advocacyledger.support.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignIndexTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoDatabase db = mongo.database("index_test");
    private final MongoCollection<Document> records = db.getCollection("records");

    @AfterEach
    void close() {
        mongo.close();
    }

    private void record(CampaignIndex index, String id, String campaign, String country) {
        records.insertOne(new Document("_id", id).append("campaignId", campaign).append("country", country));
        if (index != null) {
            index.add(campaign, id);
        }
    }

    private static List<String> ids(List<Document> found) {
        return found.stream().map(d -> d.getString("_id")).sorted().toList();
    }

    @Test
    void findsACampaignsRecordsWithinTheScopeAndKeepsWhatThePredicateKeeps() {
        CampaignIndex index = new CampaignIndex(db, "records_by_campaign");
        record(index, "a1", "A", "JPN");
        record(index, "a2", "A", "KOR");
        record(index, "b1", "B", "JPN");
        record(index, "c1", "C", "JPN");
        index.add("A", "a1"); // a repeated delivery changes nothing

        assertThat(ids(find(index, records, "A", null, null, d -> true))).containsExactly("a1", "a2");
        assertThat(ids(find(index, records, "A", List.of("B"), null, d -> true))).as("campaign outside the scope").isEmpty();
        assertThat(ids(find(index, records, null, List.of("A", "B"), null, d -> true))).containsExactly("a1", "a2", "b1");
        assertThat(ids(find(index, records, null, List.of(), null, d -> true))).isEmpty();
        assertThat(ids(find(index, records, "A", null, null, d -> CampaignIndex.matches(d, "country", "KOR")))).containsExactly("a2");
        assertThat(ids(find(index, records, null, null, Filters.eq("country", "JPN"), d -> false)))
                .as("no campaign and no scope: the store filters the whole collection").containsExactly("a1", "b1", "c1");
        List<String> indexedInA = new java.util.ArrayList<>();
        db.getCollection("records_by_campaign").find(Filters.eq("campaignId", "A"))
                .forEach(bucket -> indexedInA.addAll(bucket.get("records", Document.class).keySet()));
        assertThat(indexedInA).containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void aStoreWrittenBeforeTheIndexExistedGetsItAtTheFirstLookUp() {
        record(null, "a1", "A", "JPN");
        record(null, "b1", "B", "JPN");
        CampaignIndex index = new CampaignIndex(db, "records_by_campaign");

        assertThat(ids(find(index, records, "B", null, null, d -> true))).containsExactly("b1");
        assertThat(db.getCollection("records_by_campaign").countDocuments(Filters.eq("campaignId", "A"))).isEqualTo(1);
    }

    @Test
    void aCampaignOfManyRecordsIsSpreadOverSmallBuckets() {
        CampaignIndex index = new CampaignIndex(db, "records_by_campaign");
        for (int i = 0; i < 2_000; i++) {
            record(index, "r" + i, "BIG", "JPN");
        }
        assertThat(find(index, records, "BIG", null, null, d -> true)).hasSize(2_000);
        for (Document bucket : db.getCollection("records_by_campaign").find()) {
            assertThat(bucket.get("records", Document.class).size()).isLessThan(2_000 / CampaignIndex.BUCKETS * 2);
        }
    }

    @Test
    void aScopeOfManyCampaignsFindsAllTheirRecords() {
        CampaignIndex index = new CampaignIndex(db, "records_by_campaign");
        List<String> campaigns = new java.util.ArrayList<>();
        for (int c = 0; c < 5; c++) { // 5 x 64 buckets: more than one chunk of ids
            campaigns.add("C" + c);
            for (int r = 0; r < 3; r++) {
                record(index, "C" + c + "-r" + r, "C" + c, "JPN");
            }
        }
        record(index, "other", "OTHER", "JPN");

        assertThat(find(index, records, null, campaigns, null, d -> true)).hasSize(15)
                .noneMatch(d -> d.getString("_id").equals("other"));
    }

    @Test
    void containsMatchesAnArrayField() {
        Document d = new Document("framingCodes", List.of("REFUGEE_CONVENTION", "HUMANITARIAN_PROTECTION"));
        assertThat(CampaignIndex.contains(d, "framingCodes", "REFUGEE_CONVENTION")).isTrue();
        assertThat(CampaignIndex.contains(d, "framingCodes", "OTHER")).isFalse();
        assertThat(CampaignIndex.contains(d, "framingCodes", null)).isTrue();
    }

    private static List<Document> find(CampaignIndex index, MongoCollection<Document> records, String campaignId,
                                       java.util.Collection<String> scope, org.bson.conversions.Bson filter,
                                       java.util.function.Predicate<Document> keep) {
        List<Document> found = new java.util.ArrayList<>();
        index.forEach(records, campaignId, scope, filter, keep, found::add);
        return found;
    }
}
