package org.advocacyledger.analytics.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.ObjectLongHashMap;

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

    /** {@code aggregate}: the aggregate's id in the facts' form ({@link FactValues#id(String)}). */
    private record Arrival(Object aggregate, long sequence, long recordedAt, AnalyticsFact fact, boolean statistics) {
    }

    /**
     * Each aggregate's last sequence number, by its id in the facts' form: a map of primitive longs, about 20 bytes
     * an aggregate where a {@code HashMap} took about 40 (decision 23). {@link #key} gives the key object the map
     * already holds, so that the facts of an aggregate's later events share it.
     */
    private static final class Sequences {

        private final ObjectLongHashMap<Object> map = new ObjectLongHashMap<>();

        Object key(String aggregateId) {
            Object key = FactValues.id(aggregateId);
            int slot = map.indexOf(key);
            return map.indexExists(slot) ? map.keys[slot] : key;
        }

        /** The last sequence number seen, -1 if none. */
        long last(Object key) {
            return map.getOrDefault(key, -1);
        }

        void put(Object key, long sequence) {
            map.put(key, sequence);
        }
    }

    /** The aggregate type of UNHCR figures, whose events change the dashboard's reach figures. */
    private static final String STATISTICS = "StatisticsPeriod";

    private static final String ARRIVALS = FactLog.class.getName() + ".arrivals";

    private final EventStoreScan scan;
    private final EventStore eventStore;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Every fact held, in the order appended, and when each was recorded (epoch milliseconds), side by side. */
    private ArrayList<AnalyticsFact> facts = new ArrayList<>();
    private LongArrayList recordedAt = new LongArrayList();
    private Sequences lastSequence = new Sequences();
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
        Object aggregate = FactValues.id(event.getAggregateIdentifier());
        Arrival arrival = new Arrival(aggregate, event.getSequenceNumber(), event.getTimestamp().toEpochMilli(),
                AnalyticsFact.of(payload, event.getSequenceNumber(), aggregate), STATISTICS.equals(event.getType()));
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
            for (int i = 0; i < facts.size(); i++) {
                if (recordedAt.get(i) < endMillis) {
                    fold.apply(facts.get(i));
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
            return facts.size();
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
        ArrayList<AnalyticsFact> scanned = new ArrayList<>();
        LongArrayList scannedAt = new LongArrayList();
        // the facts share their aggregate's key object with the sequence map: one copy of each id in memory
        Sequences sequences = new Sequences();
        long[] statistics = {0};
        long events = scan.forEach(null, null, new EventStoreScan.Delivery() {
            @Override
            public long lastSequence(String aggregateId) {
                return sequences.last(FactValues.id(aggregateId));
            }

            @Override
            public void deliver(DomainEventMessage<?> event) {
                if (STATISTICS.equals(event.getType())) {
                    statistics[0]++;
                }
                Object aggregate = sequences.key(event.getAggregateIdentifier());
                sequences.put(aggregate, event.getSequenceNumber());
                AnalyticsFact fact = AnalyticsFact.of(event.getPayload(), event.getSequenceNumber(), aggregate);
                if (fact != null) {
                    scanned.add(fact);
                    scannedAt.add(event.getTimestamp().toEpochMilli());
                }
            }
        });
        lock.writeLock().lock();
        try {
            facts = scanned;
            recordedAt = scannedAt;
            lastSequence = sequences;
            today.clear();
            scanned.forEach(today::apply);
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
        long expected = lastSequence.last(arrival.aggregate()) + 1;
        if (arrival.sequence() < expected) {
            return;
        }
        if (arrival.sequence() > expected) {
            log.warn("Analytics facts: aggregate {} arrived at {} while {} was expected; reading its events from the store",
                    arrival.aggregate(), arrival.sequence(), expected);
            eventStore.readEvents(arrival.aggregate().toString(), expected).asStream()
                    .filter(e -> e.getSequenceNumber() < arrival.sequence())
                    .forEach(e -> append(arrival.aggregate(), e.getSequenceNumber(), e.getTimestamp().toEpochMilli(),
                            AnalyticsFact.of(e.getPayload(), e.getSequenceNumber(), arrival.aggregate()),
                            STATISTICS.equals(e.getType())));
        }
        append(arrival.aggregate(), arrival.sequence(), arrival.recordedAt(), arrival.fact(), arrival.statistics());
    }

    private void append(Object aggregate, long sequence, long recordedAt, AnalyticsFact fact, boolean statistics) {
        lastSequence.put(aggregate, sequence);
        version++;
        if (statistics) {
            statisticsVersion++;
        }
        if (fact != null) {
            facts.add(fact);
            this.recordedAt.add(recordedAt);
            today.apply(fact);
        }
    }
}
