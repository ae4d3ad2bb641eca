package org.advocacyledger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans of the embedded store stream a batch at a time ({@link StreamingH2Collection}) and answer exactly what
 * mongo-java-server's own H2 collection answers: the same documents in the same order, filtered and projected
 * the same way, for any batch size; and, while writers go on, a document present during the whole scan is
 * returned exactly once (as with a MongoDB cursor, one inserted or deleted meanwhile may or may not be).
 */
class StreamingH2CollectionTest {

    @TempDir
    Path dir;

    @Test
    void aScanAnswersExactlyWhatTheStockCollectionAnswers() {
        List<Function<MongoCollection<Document>, FindIterable<Document>>> queries = List.of(
                c -> c.find(),
                c -> c.find(Filters.eq("group", 1)),
                c -> c.find(Filters.in("group", 0, 2)).projection(Projections.include("group")),
                c -> c.find(Filters.regex("text", "7")).projection(Projections.excludeId()),
                c -> c.find(Filters.eq("group", 99)),
                c -> c.find(Filters.gt("_id", 1_500)).sort(Sorts.descending("_id")),
                c -> c.find(Filters.eq("group", 2)).skip(10).limit(20));
        try (EmbeddedStoreFixture ours = new EmbeddedStoreFixture(() -> DurableH2Backend.open(dir.resolve("ours.mv.db")));
             EmbeddedStoreFixture stock = new EmbeddedStoreFixture(H2Backend::inMemory)) {
            fill(ours.records(), 2_000);
            fill(stock.records(), 2_000);
            for (var query : queries) {
                List<Document> expected = query.apply(stock.records()).into(new ArrayList<>());
                for (int batchSize : new int[] {1, 7, 100, 256, 257, 5_000}) {
                    assertThat(query.apply(ours.records()).batchSize(batchSize).into(new ArrayList<>()))
                            .as("batch size %d", batchSize).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aScanReturnsEveryDocumentPresentThroughoutExactlyOnceWhileWritersGoOn() {
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture(() -> DurableH2Backend.open(dir.resolve("store.mv.db")))) {
            MongoCollection<Document> records = store.records();
            fill(records, 1_000);
            List<Object> seen = new ArrayList<>();
            try (var cursor = records.find().batchSize(10).cursor()) {
                for (int i = 0; i < 25; i++) {
                    seen.add(cursor.next().get("_id"));
                }
                // written while the scan is under way, not kept waiting by it: a document read already and
                // deleted, one not read yet and deleted, one inserted ahead of the scan and one behind it
                records.deleteOne(Filters.eq("_id", 3));
                records.deleteOne(Filters.eq("_id", 999));
                records.insertOne(new Document("_id", 5_000).append("group", 0));
                records.insertOne(new Document("_id", -1).append("group", 0));
                while (cursor.hasNext()) {
                    seen.add(cursor.next().get("_id"));
                }
            }
            List<Object> expected = new ArrayList<>();
            for (int i = 0; i < 999; i++) {
                expected.add(i);
            }
            expected.add(5_000);
            // in key order: the deleted document not read yet is not returned, the one inserted behind is not
            assertThat(seen).isEqualTo(expected);
            assertThat(records.countDocuments()).isEqualTo(1_000);
        }
    }

    private static void fill(MongoCollection<Document> records, int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(new Document("_id", i).append("group", i % 3).append("text", "record " + i));
        }
        records.insertMany(documents);
    }

}
