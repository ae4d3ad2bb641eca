package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Checks that every read model equals what the event store implies: replays all stored events through
 * fresh copies of the projections into a scratch database, then compares both, document by document.
 */
public final class ProjectionVerifier {

    private final MongoClient client;
    private final MongoDatabase live;
    private final EventStoreScan scan;
    private final List<? extends MongoProjection> projections;

    public ProjectionVerifier(MongoClient client, MongoDatabase live, EventStoreScan scan,
                              List<? extends MongoProjection> projections) {
        this.client = client;
        this.live = live;
        this.scan = scan;
        this.projections = projections;
    }

    /** What a verification found: how many events were replayed and every difference. */
    public record Report(long events, long documents, List<String> differences) {
        public boolean consistent() {
            return differences.isEmpty();
        }
    }

    public Report verify() {
        MongoDatabase scratch = client.getDatabase(live.getName() + "_verify_" + UUID.randomUUID().toString().substring(0, 8))
                .withWriteConcern(WriteConcern.W1.withJournal(false)); // scratch: no need to commit each write
        try {
            List<MongoProjection> copies = projections.stream().map(p -> p.on(scratch)).toList();
            ProjectionReplayer replayer = new ProjectionReplayer(copies);
            long events = replayer.replay(scan, null, null, event -> true);
            List<String> differences = new ArrayList<>();
            long documents = 0;
            for (MongoProjection projection : projections) {
                for (String collection : projection.collections()) {
                    Map<Object, Document> expected = byId(scratch, collection);
                    Map<Object, Document> actual = byId(live, collection);
                    documents += expected.size();
                    expected.forEach((id, doc) -> {
                        Document found = actual.get(id);
                        if (found == null) {
                            differences.add(collection + "/" + id + ": missing from the read model");
                        } else if (!Objects.equals(doc, found)) {
                            differences.add(collection + "/" + id + ": expected " + doc.toJson() + " but was " + found.toJson());
                        }
                    });
                    actual.keySet().stream().filter(id -> !expected.containsKey(id))
                            .forEach(id -> differences.add(collection + "/" + id + ": in the read model but implied by no event"));
                }
            }
            return new Report(events, documents, differences);
        } finally {
            scratch.drop();
        }
    }

    private static Map<Object, Document> byId(MongoDatabase db, String collection) {
        Map<Object, Document> map = new HashMap<>();
        for (Document d : db.getCollection(collection).find().batchSize(100)) {
            map.put(d.get("_id"), d);
        }
        return map;
    }
}
