package org.advocacyledger.shared.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.advocacyledger.config.DurableH2Backend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event store is read unsorted (a sort makes the embedded store hold the whole collection in memory), and
 * each aggregate's events are still delivered in sequence order, whatever order the store keeps them in; an
 * event whose predecessor is missing comes last, as a sorted scan would give it.
 */
class EventStoreScanTest {

    record Noted(String text) {
    }

    @TempDir
    Path dir;

    @Test
    void deliversEachAggregatesEventsInSequenceOrderWhateverTheStoresOrder() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        // the store's own order is its _id order; A and B arrive out of order, C has no event 1
        String[] stored = {"A3", "B0", "A0", "A1", "C2", "A4", "B2", "B1", "A2", "C0", "C3"};
        MongoServer server = new MongoServer(DurableH2Backend.open(dir.resolve("store.mv.db")));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            var db = client.getDatabase("ledger");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < stored.length; i++) {
                String aggregate = stored[i].substring(0, 1);
                long sequence = Long.parseLong(stored[i].substring(1));
                var event = new GenericDomainEventMessage<>("Note", aggregate, sequence, new Noted(stored[i]));
                documents.add(new EventEntry(event, serializer).asDocument(EventEntryConfiguration.getDefault()).append("_id", i));
            }
            db.getCollection(EventStoreScan.EVENTS_COLLECTION).insertMany(documents);

            List<String> delivered = new ArrayList<>();
            Map<String, Long> last = new HashMap<>();
            long count = new EventStoreScan(db, serializer).forEach(null, null, new EventStoreScan.Delivery() {
                @Override
                public long lastSequence(String aggregateId) {
                    return last.getOrDefault(aggregateId, -1L);
                }

                @Override
                public void deliver(DomainEventMessage<?> e) {
                    assertThat(((Noted) e.getPayload()).text()).isEqualTo(e.getAggregateIdentifier() + e.getSequenceNumber());
                    delivered.add(((Noted) e.getPayload()).text());
                    last.put(e.getAggregateIdentifier(), e.getSequenceNumber());
                }
            });

            assertThat(count).isEqualTo(stored.length);
            // B2 as soon as B1 comes, A3 and A4 as soon as A2 comes, C0 when it comes; C2 and C3 wait for C1,
            // which never comes, and are delivered at the end
            assertThat(delivered).containsExactly("B0", "A0", "A1", "B1", "B2", "A2", "A3", "A4", "C0", "C2", "C3");
            assertThat(last).containsExactlyInAnyOrderEntriesOf(Map.of("A", 4L, "B", 2L, "C", 3L));
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void deliversTheEventsOfManyAggregatesWhetherTheStoreOrTheScanFiltersThem() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        int aggregates = EventStoreScan.STORE_FILTERED_IDS + 50;
        MongoServer server = new MongoServer(DurableH2Backend.open(dir.resolve("store.mv.db")));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            var db = client.getDatabase("ledger");
            List<Document> documents = new ArrayList<>();
            for (int a = 0; a < aggregates; a++) {
                for (long sequence = 0; sequence < 2; sequence++) {
                    var event = new GenericDomainEventMessage<>("Note", "agg" + a, sequence, new Noted("agg" + a + "/" + sequence));
                    documents.add(new EventEntry(event, serializer).asDocument(EventEntryConfiguration.getDefault()));
                }
            }
            db.getCollection(EventStoreScan.EVENTS_COLLECTION).insertMany(documents);
            EventStoreScan scan = new EventStoreScan(db, serializer);

            for (int asked : new int[] {3, EventStoreScan.STORE_FILTERED_IDS + 10}) { // filtered by the store, then here
                List<String> ids = new ArrayList<>();
                for (int a = 0; a < asked; a++) {
                    ids.add("agg" + (aggregates - 1 - a)); // not the first ones: the ones left out are scanned too
                }
                List<String> delivered = new ArrayList<>();
                long count = scan.forEach(null, ids, (DomainEventMessage<?> e) -> delivered.add(((Noted) e.getPayload()).text()));

                List<String> expected = new ArrayList<>();
                for (String id : new java.util.LinkedHashSet<>(ids)) {
                    expected.add(id + "/0");
                    expected.add(id + "/1");
                }
                assertThat(delivered).as("%d aggregates asked", asked).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(count).isEqualTo(expected.size());
            }
        } finally {
            server.shutdownNow();
        }
    }
}
