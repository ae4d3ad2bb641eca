package org.advocacyledger.shared.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Write-ahead journal of aggregates whose new events may not be projected yet. When a unit of work
 * publishes an aggregate's first event (before the events are appended), a marker is written; after the
 * unit of work commits (events appended and every subscribing projection applied) the marker is removed.
 * A marker that survives means the process died, or a projection failed, between the append and the
 * read-model write: {@link ProjectionRepair} replays that aggregate from the event store.
 *
 * <p>Removals are not sent by the command's thread: committed markers are queued and removed together, one
 * {@code deleteMany} every {@value #REMOVAL_INTERVAL_MILLIS} ms and at {@link #close()} (decision 21). A marker
 * that outlives its command a little longer costs nothing; one left by a crash between the commit and its
 * removal only makes the next start replay that aggregate, which changes nothing (projections are idempotent).
 */
public final class ProjectionJournal implements MessageDispatchInterceptor<EventMessage<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionJournal.class);
    public static final long REMOVAL_INTERVAL_MILLIS = 50;
    private static final int MAX_REMOVALS_PER_WRITE = 1_000;

    public static final String COLLECTION = "projection_pending";
    private static final String RESOURCE = ProjectionJournal.class.getName() + ".marked";

    private final MongoCollection<Document> pending;
    private static final String FLUSH_RESOURCE = ProjectionJournal.class.getName() + ".flush";

    private final Consumer<String> onRollback;
    private final Runnable flush;
    private final ConcurrentLinkedQueue<Bson> committed = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService remover = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "projection-journal");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param db         the unit-of-work database (its writes are made durable by {@code flush})
     * @param onRollback called with an aggregate id whose unit of work rolled back (schedule a repair)
     * @param flush      makes the unit of work's writes durable; runs once after it committed, before the
     *                   command is acknowledged
     */
    public ProjectionJournal(MongoDatabase db, Consumer<String> onRollback, Runnable flush) {
        this(db, onRollback, flush, REMOVAL_INTERVAL_MILLIS);
    }

    ProjectionJournal(MongoDatabase db, Consumer<String> onRollback, Runnable flush, long removalIntervalMillis) {
        this.pending = db.getCollection(COLLECTION);
        this.onRollback = onRollback;
        this.flush = flush;
        remover.scheduleWithFixedDelay(this::removeCommittedSafely, removalIntervalMillis, removalIntervalMillis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            Set<String> marked = root.getOrComputeResource(RESOURCE, k -> new HashSet<>());
            root.getOrComputeResource(FLUSH_RESOURCE, k -> {
                root.afterCommit(u -> flush.run());
                return Boolean.TRUE;
            });
            for (EventMessage<?> message : messages) {
                if (message instanceof DomainEventMessage<?> event && marked.add(event.getAggregateIdentifier())) {
                    mark(root, event);
                }
            }
        }
        return (index, message) -> message;
    }

    private void mark(UnitOfWork<?> root, DomainEventMessage<?> event) {
        String aggregateId = event.getAggregateIdentifier();
        String token = UUID.randomUUID().toString();
        pending.replaceOne(Filters.eq("_id", aggregateId),
                new Document("_id", aggregateId).append("type", event.getType())
                        .append("token", token).append("since", Instant.now().toEpochMilli()),
                new ReplaceOptions().upsert(true));
        root.afterCommit(u -> committed.add(Filters.and(Filters.eq("_id", aggregateId), Filters.eq("token", token))));
        root.onRollback(u -> onRollback.accept(aggregateId));
    }

    /**
     * Removes the markers of every unit of work committed so far (a marker re-written by a later unit of work
     * has another token and stays). Runs on its own every {@value #REMOVAL_INTERVAL_MILLIS} ms.
     *
     * @return how many markers were asked to be removed
     */
    public synchronized int removeCommitted() {
        int removed = 0;
        List<Bson> batch = new ArrayList<>();
        for (Bson marker = committed.poll(); marker != null; marker = committed.poll()) {
            batch.add(marker);
            if (batch.size() == MAX_REMOVALS_PER_WRITE) {
                removed += remove(batch);
            }
        }
        return removed + remove(batch);
    }

    private int remove(List<Bson> batch) {
        int size = batch.size();
        if (size > 0) {
            pending.deleteMany(size == 1 ? batch.get(0) : Filters.or(batch));
            batch.clear();
        }
        return size;
    }

    private void removeCommittedSafely() {
        try {
            removeCommitted();
        } catch (RuntimeException e) {
            // the markers stay; the periodic repair replays their aggregates, which changes nothing
            log.warn("Could not remove committed projection-journal markers: {}", e.toString());
        }
    }

    /** Stops the background removal and removes what is queued (at a graceful stop). */
    @Override
    public void close() {
        remover.shutdown();
        try {
            remover.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeCommittedSafely();
    }
}
