package org.advocacyledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
        return perSecond(count, threads, i -> events.insertOne(eventDocument("one-" + run + "-" + i, 0)));
    }

    /** Runs {@code work} for 0 .. {@code count - 1}, spread over {@code threads} threads; runs per second. */
    private static double perSecond(int count, int threads, java.util.function.IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = thread; i < count; i += threads) {
                        work.accept(i);
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

    /**
     * Raw units of work from {@code threads} threads, each made durable by one commit as the product's are: the
     * writes are sent with {@code j: false} and an {@code fsync} ends the unit ({@link
     * org.advocacyledger.config.StoreDurability}). {@code actionShaped} false: the event and one read document
     * (the least a synchronous read model writes). True: the writes the product's unit of work for a logged
     * action sends to the store (decision 21): the event, the projection journal's marker, the record-type row,
     * the action and its timeline entry, and a campaign-index bucket for each; the marker's removal is batched
     * by the product and left out here. Units/s.
     */
    double unitsOfWork(int count, int threads, boolean actionShaped) throws Exception {
        String run = UUID.randomUUID().toString();
        var unjournaled = client.getDatabase("raw").withWriteConcern(com.mongodb.WriteConcern.W1.withJournal(false));
        MongoCollection<Document> unitEvents = unjournaled.getCollection("domainevents");
        MongoCollection<Document> marker = unjournaled.getCollection("unit_pending");
        MongoCollection<Document> types = unjournaled.getCollection("unit_types");
        MongoCollection<Document> actions = unjournaled.getCollection("unit_actions");
        MongoCollection<Document> timeline = unjournaled.getCollection("unit_timeline");
        MongoCollection<Document> index = unjournaled.getCollection("unit_index");
        var upsert = new com.mongodb.client.model.UpdateOptions().upsert(true);
        return perSecond(count, threads, i -> {
            String id = UUID.randomUUID().toString();
            Document event = eventDocument("unit-" + run + "-" + i, 0);
            Document read = new Document("_id", id).append("version", 0L).append("record", event.getString("serializedPayload"));
            if (actionShaped) {
                marker.insertOne(new Document("_id", id));
            }
            unitEvents.insertOne(event);
            if (actionShaped) {
                types.updateOne(Filters.eq("_id", id), com.mongodb.client.model.Updates.set("type", "action"), upsert);
            }
            actions.insertOne(read);
            if (actionShaped) {
                timeline.insertOne(new Document(read).append("_id", "action/" + id));
                String bucket = "campaign-" + (i % 500) + "/" + Math.floorMod(id.hashCode(), 64);
                index.updateOne(Filters.eq("_id", "actions/" + bucket), com.mongodb.client.model.Updates.set("records." + id, true), upsert);
                index.updateOne(Filters.eq("_id", "timeline/" + bucket), com.mongodb.client.model.Updates.set("records.action/" + id, true), upsert);
            }
            client.getDatabase("admin").runCommand(new Document("fsync", 1));
        });
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

    /**
     * What a rebuild of these read models costs the store at the least, measured on the rebuilt store itself:
     * reading every event once (a raw scan of the event collection) and writing every finished read document
     * once, in bulk, in the order the store likes best ({@code _id}), with one commit at the end, as a rebuild
     * writes ({@link org.advocacyledger.shared.projection.ProjectionRebuild}). The write rate is measured on a
     * sample of the real documents, each collection in proportion to its size, inserted into scratch
     * collections that are dropped afterwards.
     *
     * @param documents read documents per collection (the rebuilt store's)
     * @param writeRate documents/s of the sample's bulk insert
     * @param scanRate  events/s of the raw scan
     * @param eventsPerSecond the ceiling: events / (documents / writeRate + events / scanRate)
     */
    record RebuildCeiling(Map<String, Long> documents, double writeRate, double scanRate, double eventsPerSecond) {

        long totalDocuments() {
            return documents.values().stream().mapToLong(Long::longValue).sum();
        }

        static RebuildCeiling measure(MongoDatabase db, List<String> collections, String eventCollection, int sample, Runnable flush) {
            long started = System.nanoTime();
            long events = 0;
            try (var cursor = db.getCollection(eventCollection).find().batchSize(5_000).cursor()) {
                while (cursor.hasNext()) {
                    cursor.next();
                    events++;
                }
            }
            double scanRate = events / ((System.nanoTime() - started) / 1e9);
            Map<String, Long> documents = new TreeMap<>();
            for (String c : collections) {
                documents.put(c, db.getCollection(c).countDocuments());
            }
            long total = documents.values().stream().mapToLong(Long::longValue).sum();
            long written = 0;
            double seconds = 0;
            for (String c : collections) {
                int take = (int) Math.round((double) documents.get(c) * sample / Math.max(1, total));
                if (take == 0) {
                    continue;
                }
                List<Document> docs = db.getCollection(c).find().limit(take).into(new ArrayList<>());
                // the store's order for one-string keys: length first, then the text (KeyOrderedH2Index)
                docs.sort(java.util.Comparator.comparing((Document d) -> String.valueOf(d.get("_id")).length())
                        .thenComparing(d -> String.valueOf(d.get("_id"))));
                MongoCollection<Document> scratch = db.getCollection("ceiling_" + c);
                long writing = System.nanoTime();
                for (int i = 0; i < docs.size(); i += 1_000) {
                    scratch.insertMany(docs.subList(i, Math.min(docs.size(), i + 1_000)));
                }
                flush.run();
                seconds += (System.nanoTime() - writing) / 1e9;
                written += docs.size();
                scratch.drop();
            }
            double writeRate = written / seconds;
            double ceiling = events / (total / writeRate + events / scanRate);
            return new RebuildCeiling(documents, writeRate, scanRate, ceiling);
        }
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
