package org.advocacyledger.shared.projection;

import java.util.List;

import com.mongodb.client.MongoDatabase;

/**
 * Rebuilds every read model from the event store: drops the projections' collections, replays all stored
 * events in one scan ({@link EventStoreScan}) through copies of the projections whose writes are sent in bulk
 * ({@link BulkWrites}), and makes the result durable. For maintenance (after an upgrade that changes a read
 * model) while no commands are processed.
 */
public final class ProjectionRebuild {

    /** How many events were replayed, and how long it took. */
    public record Result(long events, double seconds) {
        public double eventsPerSecond() {
            return seconds == 0 ? 0 : events / seconds;
        }
    }

    private final MongoDatabase db;
    private final EventStoreScan scan;
    private final List<? extends MongoProjection> projections;
    private final Runnable flush;

    public ProjectionRebuild(MongoDatabase db, EventStoreScan scan, List<? extends MongoProjection> projections, Runnable flush) {
        this.db = db;
        this.scan = scan;
        this.projections = projections;
        this.flush = flush;
    }

    public Result rebuildAll() {
        long started = System.nanoTime();
        java.util.Set<String> existing = db.listCollectionNames().into(new java.util.HashSet<>());
        for (MongoProjection projection : projections) {
            projection.collections().stream().filter(existing::contains).forEach(c -> db.getCollection(c).drop());
        }
        BulkWrites bulk = new BulkWrites(db);
        ProjectionReplayer replayer = new ProjectionReplayer(projections.stream().map(p -> p.on(bulk.database())).toList());
        long events = replayer.replay(scan, null, null, event -> true);
        bulk.sendAll();
        flush.run();
        return new Result(events, (System.nanoTime() - started) / 1e9);
    }
}
