package org.advocacyledger.shared.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PageCollector;
import org.advocacyledger.shared.TestMongo;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A page found on light copies is given with its records read whole, never two versions of one record mixed. */
class PageInTwoReadsTest {

    private final TestMongo mongo = new TestMongo();
    private final MongoCollection<Document> records = mongo.db.getCollection("records");

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private Page<Document> findPage(Bson projection, Runnable afterFinding) {
        PageCollector<Document> page = new PageCollector<>(Comparator.comparing((Document d) -> d.getString("key")), 0, 2);
        var found = records.find();
        (projection == null ? found : found.projection(projection)).forEach(page);
        afterFinding.run();
        return page.page();
    }

    private void insert(String id, String key, long version) {
        records.insertOne(new Document("_id", id).append("key", key).append(MongoProjection.VERSION, version)
                .append("text", "text of " + id + " at " + version));
    }

    @Test
    void givesThePagesRecordsWhole() {
        insert("a", "1", 0);
        insert("b", "3", 0);
        insert("c", "2", 4);
        List<Bson> projections = new ArrayList<>();

        Page<String> page = PageInTwoReads.find(records, Projections.exclude("text"), p -> {
            projections.add(p);
            return findPage(p, () -> { });
        }, d -> d, (light, whole) -> whole.getString("text"));

        assertThat(page.items()).containsExactly("text of a at 0", "text of c at 4");
        assertThat(page.total()).isEqualTo(3);
        assertThat(projections).as("found once, on light copies").hasSize(1).doesNotContainNull();
    }

    @Test
    void aRecordChangedBetweenTheReadsMakesItFindThePageAgainAndTheThirdTimeWhole() {
        insert("a", "1", 0);
        insert("b", "2", 0);
        List<Bson> projections = new ArrayList<>();

        Page<Document> page = PageInTwoReads.find(records, Projections.exclude("text"), p -> {
            projections.add(p);
            long version = projections.size();
            return findPage(p, () -> records.updateOne(Filters.eq("_id", "a"), Updates.combine(
                    Updates.set(MongoProjection.VERSION, version), Updates.set("text", "text of a at " + version))));
        }, d -> d, (light, whole) -> whole);

        assertThat(projections).hasSize(3);
        assertThat(projections.get(2)).as("the third time whole").isNull();
        // the records as the third reading found them, whole: version and text of the same write
        assertThat(page.items()).extracting(d -> d.getString("text")).containsExactly("text of a at 2", "text of b at 0");
        assertThat(page.items().get(0).get(MongoProjection.VERSION, Number.class).longValue()).isEqualTo(2);
    }

    @Test
    void aSortedPageIsThePageOfTheStoresOwnSort() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 300; i++) {
            Document d = new Document("_id", "r" + random.nextInt(1_000_000)).append(MongoProjection.VERSION, 0L)
                    .append("kind", random.nextBoolean() ? "A" : "B").append("text", "text " + i);
            if (random.nextInt(10) > 0) { // some records have no sort key: the store puts them first
                d.append("sortKey", "2014-0" + (1 + random.nextInt(9)));
            }
            records.replaceOne(Filters.eq("_id", d.get("_id")), d, new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
        Bson filter = Filters.eq("kind", "A");
        List<Document> all = records.find(filter).sort(com.mongodb.client.model.Sorts.ascending("sortKey", "_id"))
                .into(new ArrayList<>());
        for (int page = 0; page < 6; page++) {
            Page<Document> expected = Page.of(all, page, 25);

            Page<Document> sorted = PageInTwoReads.sorted(records, filter, List.of("sortKey", "_id"), page, 25, d -> d);

            assertThat(sorted).as("page %d", page).isEqualTo(expected);
        }
    }

    @Test
    void valuesOfDifferentKindsAreNotOrderedByGuess() {
        assertThat(PageInTwoReads.compareValues(null, "a")).isNegative();
        assertThat(PageInTwoReads.compareValues(2, 10L)).isNegative();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageInTwoReads.compareValues("a", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
