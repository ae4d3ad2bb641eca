package org.advocacyledger.analytics.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.advocacyledger.shared.projection.EventStoreScan;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard's read model, held in memory: every stored event's {@link AnalyticsFact} with the time it
 * was recorded, in the order of each aggregate's sequence, plus the fold of all of them (today's facts).
 * It is derived from the event store only: loaded by one scan of the store when the application
 * is ready, then extended after each unit of work commits (so a rolled-back event never enters it).
 *
 * <p>Nothing is lost or counted twice: each aggregate's last sequence number is kept, a repeated event is
 * ignored, and an event that arrives after a gap makes the log read that aggregate's missing events from
 * the store. Events that commit while the store is being scanned are held and merged after the scan by
 * the same rule.
 *
 * <p>An as-of day is answered by folding the facts recorded before the end of that day ({@link #foldBefore}),
 * which gives exactly what folding the event store up to then gives (tested); today's view reads the live
 * fold ({@link #readToday}). Decision 16 in docs/decisions.md explains why this is memory and not Mongo.
 */
@Component
@ProcessingGroup("analytics-facts")
class FactLog {

    private static final Logger log = LoggerFactory.getLogger(FactLog.class);

    private record Entry(long recordedAt, AnalyticsFact fact) {
    }

    private record Arrival(String aggregateId, long sequence, long recordedAt, AnalyticsFact fact, boolean statistics) {
    }

    /** The aggregate type of UNHCR figures, whose events change the dashboard's reach figures. */
    private static final String STATISTICS = "StatisticsPeriod";

    private static final String ARRIVALS = FactLog.class.getName() + ".arrivals";

    private final EventStoreScan scan;
    private final EventStore eventStore;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ArrayList<Entry> entries = new ArrayList<>();
    private final Map<String, Long> lastSequence = new HashMap<>();
    private final RecordFold today = new RecordFold();
    private long version;
    private volatile long statisticsVersion;
    private List<Arrival> heldDuringLoad = new ArrayList<>();
    private volatile CompletableFuture<Void> loaded;

    FactLog(EventStoreScan scan, @Lazy EventStore eventStore) {
        this.scan = scan;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        startLoad(true);
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        Arrival arrival = new Arrival(event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getTimestamp().toEpochMilli(), AnalyticsFact.of(payload, event.getSequenceNumber()),
                STATISTICS.equals(event.getType()));
        if (CurrentUnitOfWork.isStarted()) {
            // one after-commit handler per unit of work, in event order (Axon runs after-commit handlers in reverse)
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            root.<List<Arrival>>getOrComputeResource(ARRIVALS, k -> {
                List<Arrival> arrivals = new ArrayList<>();
                root.afterCommit(u -> arrivals.forEach(this::accept));
                return arrivals;
            }).add(arrival);
        } else {
            accept(arrival);
        }
    }

    /** Applies {@code reader} to today's fold (everything recorded so far), under the read lock. */
    <T> T readToday(Function<RecordFold, T> reader) {
        return readToday((fold, version) -> reader.apply(fold));
    }

    /**
     * The same, also giving the log's version: the number of stored events it has seen (of any kind, so a
     * UNHCR import, which changes the dashboard's reach figures, changes it too).
     */
    <T> T readToday(java.util.function.BiFunction<RecordFold, Long, T> reader) {
        awaitLoaded();
        lock.readLock().lock();
        try {
            return reader.apply(today, version);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * How many UNHCR statistics events the log has seen: the reach figures of today's view stay the same
     * while this does. Read it before reading the figures, so that figures kept under it are never older.
     */
    long statisticsVersion() {
        awaitLoaded();
        return statisticsVersion;
    }

    /** A new fold of the facts recorded before {@code end}: the records as they stood then. */
    RecordFold foldBefore(Instant end) {
        awaitLoaded();
        long endMillis = end.toEpochMilli();
        RecordFold fold = new RecordFold();
        lock.readLock().lock();
        try {
            for (Entry entry : entries) {
                if (entry.recordedAt() < endMillis) {
                    fold.apply(entry.fact());
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return fold;
    }

    /** How many facts the log holds (for the benchmark and tests). */
    int size() {
        awaitLoaded();
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void awaitLoaded() {
        CompletableFuture<Void> current = loaded;
        if (current == null || current.isCompletedExceptionally()) {
            current = startLoad(false);
        }
        current.join();
    }

    private synchronized CompletableFuture<Void> startLoad(boolean background) {
        if (loaded != null && !loaded.isCompletedExceptionally()) {
            return loaded;
        }
        CompletableFuture<Void> future = new CompletableFuture<>();
        loaded = future;
        Runnable load = () -> {
            try {
                load();
                future.complete(null);
            } catch (RuntimeException e) {
                log.error("Loading the analytics facts from the event store failed; the next dashboard request retries", e);
                future.completeExceptionally(e);
            }
        };
        if (background) {
            Thread thread = new Thread(load, "analytics-facts-load");
            thread.setDaemon(true);
            thread.start();
        } else {
            load.run();
        }
        return future;
    }

    private void load() {
        long started = System.nanoTime();
        ArrayList<Entry> scanned = new ArrayList<>();
        // keyed by the same (interned) id strings as the facts: one copy of each id in memory (decision 20)
        Map<String, Long> sequences = new HashMap<>() {
            @Override
            public Long put(String aggregateId, Long sequence) {
                return super.put(FactValues.id(aggregateId), sequence);
            }
        };
        long[] statistics = {0};
        long events = scan.forEach(null, null, sequences, event -> {
            if (STATISTICS.equals(event.getType())) {
                statistics[0]++;
            }
            AnalyticsFact fact = AnalyticsFact.of(event.getPayload(), event.getSequenceNumber());
            if (fact != null) {
                scanned.add(new Entry(event.getTimestamp().toEpochMilli(), fact));
            }
        });
        lock.writeLock().lock();
        try {
            entries.clear();
            entries.addAll(scanned);
            lastSequence.clear();
            lastSequence.putAll(sequences);
            today.clear();
            scanned.forEach(entry -> today.apply(entry.fact()));
            version += events;
            statisticsVersion += statistics[0];
            List<Arrival> held = heldDuringLoad;
            heldDuringLoad = null;
            held.forEach(this::appendInOrder);
        } finally {
            lock.writeLock().unlock();
        }
        log.info("Analytics facts loaded: {} facts from the event store in {} ms", scanned.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void accept(Arrival arrival) {
        lock.writeLock().lock();
        try {
            if (heldDuringLoad != null) {
                heldDuringLoad.add(arrival);
            } else {
                appendInOrder(arrival);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Under the write lock: appends the arrival if it is the aggregate's next event; repairs a gap from the store. */
    private void appendInOrder(Arrival arrival) {
        Long last = lastSequence.get(arrival.aggregateId());
        long expected = last == null ? 0 : last + 1;
        if (arrival.sequence() < expected) {
            return;
        }
        if (arrival.sequence() > expected) {
            log.warn("Analytics facts: aggregate {} arrived at {} while {} was expected; reading its events from the store",
                    arrival.aggregateId(), arrival.sequence(), expected);
            eventStore.readEvents(arrival.aggregateId(), expected).asStream()
                    .filter(e -> e.getSequenceNumber() < arrival.sequence())
                    .forEach(e -> append(e.getAggregateIdentifier(), e.getSequenceNumber(), e.getTimestamp().toEpochMilli(),
                            AnalyticsFact.of(e.getPayload(), e.getSequenceNumber()), STATISTICS.equals(e.getType())));
        }
        append(arrival.aggregateId(), arrival.sequence(), arrival.recordedAt(), arrival.fact(), arrival.statistics());
    }

    private void append(String aggregateId, long sequence, long recordedAt, AnalyticsFact fact, boolean statistics) {
        lastSequence.put(FactValues.id(aggregateId), sequence);
        version++;
        if (statistics) {
            statisticsVersion++;
        }
        if (fact != null) {
            entries.add(new Entry(recordedAt, fact));
            today.apply(fact);
        }
    }
}
