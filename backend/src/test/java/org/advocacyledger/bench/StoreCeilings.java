package org.advocacyledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.advocacyledger.config.DurableH2Backend;
import org.bson.Document;

/**
 * The embedded store's own ceilings, measured on the same kind of store the product uses (H2 file backend,
 * commit per write, reached through the driver): raw insertOne, raw insertMany, a sorted scan of
 * event-like documents, and an {@code _id} look-up.
 */
final class StoreCeilings implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoCollection<Document> events;

    StoreCeilings(Path dir) {
        server = new MongoServer(DurableH2Backend.open(dir.resolve("raw.mv.db")));
        client = MongoClients.create(server.bindAndGetConnectionString());
        events = client.getDatabase("raw").getCollection("domainevents");
        events.createIndex(new Document("aggregateIdentifier", 1).append("sequenceNumber", 1), new IndexOptions().unique(true));
    }

    /** An event-like document of realistic size (a serialized action with metadata). */
    static Document eventDocument(String aggregate, long sequence) {
        return new Document("aggregateIdentifier", aggregate).append("sequenceNumber", sequence)
                .append("type", "AdvocacyAction").append("eventIdentifier", UUID.randomUUID().toString())
                .append("timestamp", java.time.Instant.now().toString())
                .append("payloadType", "org.advocacyledger.action.api.AdvocacyActionLogged").append("payloadRevision", "1")
                .append("serializedPayload", "{\"actionId\":\"" + aggregate + "\",\"campaignId\":\"c\",\"country\":\"JPN\","
                        + "\"issue\":\"Syrian asylum-seekers in Japan\",\"framings\":[{\"framing\":\"HUMANITARIAN_PROTECTION\","
                        + "\"avenue\":\"SUBSTANTIVE_NON_REFOULEMENT\"}],\"legalBases\":[\"CAT art. 3\",\"ICCPR art. 7\"],"
                        + "\"description\":\"Submission to the Committee against Torture on removals\"}")
                .append("serializedMetaData", "{\"userId\":\"coordinator\",\"correlationId\":\"" + UUID.randomUUID() + "\"}");
    }

    /** Raw insertOne of {@code count} event documents from {@code threads} threads; documents/s. */
    double insertOne(int count, int threads) throws Exception {
        String run = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = thread; i < count; i += threads) {
                        events.insertOne(eventDocument("one-" + run + "-" + i, 0));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return count / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Raw insertMany in batches of {@code batch}; documents/s. */
    double insertMany(int count, int batch) {
        String run = UUID.randomUUID().toString();
        long started = System.nanoTime();
        for (int i = 0; i < count; i += batch) {
            List<Document> docs = new ArrayList<>(batch);
            for (int j = i; j < Math.min(count, i + batch); j++) {
                docs.add(eventDocument("many-" + run + "-" + j, 0));
            }
            events.insertMany(docs);
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    /** A full scan sorted by aggregate and sequence, as a rebuild reads; documents/s. */
    double sortedScan() {
        long started = System.nanoTime();
        long n = 0;
        try (var cursor = events.find().sort(new Document("aggregateIdentifier", 1).append("sequenceNumber", 1)).batchSize(5_000).cursor()) {
            while (cursor.hasNext()) {
                cursor.next();
                n++;
            }
        }
        return n / ((System.nanoTime() - started) / 1e9);
    }

    long count() {
        return events.countDocuments();
    }

    /** p50 and p95 of an {@code _id} look-up, in ms. */
    double[] idLookup(int samples) {
        MongoCollection<Document> byId = client.getDatabase("raw").getCollection("byid");
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            docs.add(new Document("_id", "id-" + i).append("name", "document " + i));
        }
        byId.insertMany(docs);
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            String id = "id-" + ThreadLocalRandom.current().nextInt(10_000);
            long started = System.nanoTime();
            byId.find(Filters.eq("_id", id)).first();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[samples / 2], ms[(int) (samples * 0.95)]};
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
