package org.advocacyledger.shared.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes read models whole again from the event store, without anyone's intervention: at start (before
 * the web server takes requests) every aggregate left in the {@link ProjectionJournal} is replayed
 * through every projection; while running, markers older than a threshold (a failed projection) are
 * replayed too. Replays are safe because projections ignore events they already applied.
 */
public final class ProjectionRepair implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRepair.class);

    private final MongoCollection<Document> pending;
    private final EventStore eventStore;
    private final ProjectionReplayer replayer;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "projection-repair");
        t.setDaemon(true);
        return t;
    });

    private final Runnable flush;

    public ProjectionRepair(MongoDatabase db, EventStore eventStore, List<? extends MongoProjection> projections,
                            Runnable flush) {
        this.flush = flush;
        this.pending = db.getCollection(ProjectionJournal.COLLECTION);
        this.eventStore = eventStore;
        this.replayer = new ProjectionReplayer(projections);
    }

    /** Replays every aggregate left in the journal; returns how many were repaired. */
    public int repairAllPending() {
        return repairPendingOlderThan(Duration.ZERO);
    }

    public int repairPendingOlderThan(Duration age) {
        long cutoff = Instant.now().minus(age).toEpochMilli();
        List<Document> markers = new ArrayList<>();
        pending.find(Filters.lte("since", cutoff)).into(markers);
        for (Document marker : markers) {
            String aggregateId = marker.getString("_id");
            int events = replay(aggregateId);
            flush.run(); // the repaired read model is durable before its marker goes
            pending.deleteOne(Filters.and(Filters.eq("_id", aggregateId), Filters.eq("token", marker.getString("token"))));
            log.warn("Repaired the read models of aggregate {} ({}) from {} stored events", aggregateId,
                    marker.getString("type"), events);
        }
        return markers.size();
    }

    /** Schedules a replay of one aggregate soon (after a projection failed inside a command). */
    public void repairSoon(String aggregateId) {
        retries.schedule(() -> {
            try {
                replay(aggregateId);
                flush.run();
            } catch (RuntimeException e) {
                log.error("Repair of aggregate {} failed; its journal marker stays for the next attempt", aggregateId, e);
            }
        }, 1, TimeUnit.SECONDS);
    }

    /** Feeds an aggregate's whole stream, in sequence order, to every projection. */
    public int replay(String aggregateId) {
        int count = 0;
        var stream = eventStore.readEvents(aggregateId);
        while (stream.hasNext()) {
            replayer.deliver(stream.next());
            count++;
        }
        return count;
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
