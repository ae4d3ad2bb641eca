package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reads every stored domain event in one cursor, each aggregate's events in sequence order. Used by the
 * verifier, rebuilds and the dashboard's facts: unlike a tracking stream, it does not depend on timestamps or
 * look-back, and it reads the collection once instead of once per batch.
 */
public final class EventStoreScan {

    public static final String EVENTS_COLLECTION = "domainevents";
    private static final EventEntryConfiguration ENTRY = EventEntryConfiguration.getDefault();

    private final MongoDatabase db;
    private final Serializer eventSerializer;

    public EventStoreScan(MongoDatabase db, Serializer eventSerializer) {
        this.db = db;
        this.eventSerializer = eventSerializer;
    }

    /**
     * The aggregates that have a stored event whose payload contains {@code text} (an id), found by the
     * store: the payloads are not sent or deserialized.
     */
    public Set<String> aggregatesMentioning(String text) {
        Set<String> aggregates = new HashSet<>();
        for (Document entry : db.getCollection(EVENTS_COLLECTION)
                .find(Filters.regex(ENTRY.payloadProperty(), Pattern.quote(text)))
                .projection(new Document(ENTRY.aggregateIdentifierProperty(), 1))
                .batchSize(5_000)) {
            aggregates.add(entry.getString(ENTRY.aggregateIdentifierProperty()));
        }
        return aggregates;
    }

    /** Calls {@code consumer} for every domain event; returns how many there were. */
    public long forEach(Consumer<DomainEventMessage<?>> consumer) {
        return forEach(null, consumer);
    }

    /**
     * Calls {@code consumer} for every domain event of the given aggregate types (null: all), filtered by the
     * store, so other events are neither sent nor deserialized; returns how many there were.
     */
    public long forEach(Collection<String> aggregateTypes, Consumer<DomainEventMessage<?>> consumer) {
        return forEach(aggregateTypes, null, consumer);
    }

    /**
     * Up to this many aggregate ids are sent to the store as {@code $in}; more are filtered here. The embedded
     * store checks each scanned event against the {@code $in} list one value after another, so a long list
     * costs more than sending the events of the wanted types and dropping the others here (see {@link ById}).
     */
    static final int STORE_FILTERED_IDS = 256;

    /** The same, of the given aggregates only (null: all). */
    public long forEach(Collection<String> aggregateTypes, Collection<String> aggregateIds, Consumer<DomainEventMessage<?>> consumer) {
        Map<String, Long> last = new HashMap<>();
        return forEach(aggregateTypes, aggregateIds, new Delivery() {
            @Override
            public long lastSequence(String aggregateId) {
                return last.getOrDefault(aggregateId, -1L);
            }

            @Override
            public void deliver(DomainEventMessage<?> event) {
                last.put(event.getAggregateIdentifier(), event.getSequenceNumber());
                consumer.accept(event);
            }
        });
    }

    /**
     * Where a scan delivers its events when the caller keeps each aggregate's last sequence number itself (the
     * dashboard's facts keep them anyway, in a form that takes less memory than a map of strings; decision 23).
     */
    public interface Delivery {

        /** The sequence number of the aggregate's last event delivered so far, -1 if none. */
        long lastSequence(String aggregateId);

        /** Takes the aggregate's next event; from then on {@link #lastSequence} must answer its sequence number. */
        void deliver(DomainEventMessage<?> event);
    }

    /**
     * The same, delivering to {@code delivery}, which keeps the last sequence number of each aggregate.
     *
     * <p>The store sends the events in its own order, unsorted: a sort would make the embedded store collect the
     * whole collection in memory before sending the first event. Each aggregate's events are delivered in
     * sequence order all the same: an event that arrives before its predecessor is held until the predecessor
     * has been delivered (rare: the store's order is nearly the order of appends). Events of different
     * aggregates are delivered interleaved, as they are live. An event whose predecessor is not in the store
     * (a gap) is delivered at the end, in sequence order, as a sorted scan would have delivered it.
     */
    public long forEach(Collection<String> aggregateTypes, Collection<String> aggregateIds, Delivery delivery) {
        List<Bson> filters = new ArrayList<>();
        if (aggregateTypes != null) {
            filters.add(Filters.in(ENTRY.typeProperty(), aggregateTypes));
        }
        Set<String> wanted = aggregateIds == null ? null : new HashSet<>(aggregateIds);
        if (wanted != null && wanted.size() <= STORE_FILTERED_IDS) {
            filters.add(Filters.in(ENTRY.aggregateIdentifierProperty(), wanted));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        InSequence inSequence = new InSequence(delivery);
        try (var cursor = db.getCollection(EVENTS_COLLECTION).find(filter).batchSize(5_000).cursor()) {
            while (cursor.hasNext()) {
                Document stored = cursor.next();
                if (wanted == null || wanted.contains(stored.getString(ENTRY.aggregateIdentifierProperty()))) {
                    inSequence.offer(stored);
                }
            }
        }
        inSequence.deliverGaps();
        return inSequence.delivered;
    }

    /** Delivers each aggregate's events in sequence order, whatever order they are offered in. */
    private final class InSequence {

        private final Delivery delivery;
        private final Map<String, TreeMap<Long, Document>> held = new HashMap<>();
        long delivered;

        InSequence(Delivery delivery) {
            this.delivery = delivery;
        }

        void offer(Document stored) {
            String aggregate = stored.getString(ENTRY.aggregateIdentifierProperty());
            long sequence = ((Number) stored.get(ENTRY.sequenceNumberProperty())).longValue();
            long expected = delivery.lastSequence(aggregate) + 1;
            if (sequence < expected) {
                return; // cannot happen: the store keeps (aggregate, sequence) unique
            }
            if (sequence > expected) {
                held.computeIfAbsent(aggregate, a -> new TreeMap<>()).put(sequence, stored);
                return;
            }
            deliver(stored);
            TreeMap<Long, Document> waiting = held.get(aggregate);
            while (waiting != null && !waiting.isEmpty() && waiting.firstKey() == delivery.lastSequence(aggregate) + 1) {
                var next = waiting.pollFirstEntry();
                deliver(next.getValue());
            }
            if (waiting != null && waiting.isEmpty()) {
                held.remove(aggregate);
            }
        }

        void deliverGaps() {
            new TreeMap<>(held).forEach((aggregate, events) -> events.values().forEach(this::deliver));
            held.clear();
        }

        private void deliver(Document stored) {
            EventEntry entry = new EventEntry(stored, ENTRY);
            EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), eventSerializer, NoOpEventUpcaster.INSTANCE)
                    .forEachRemaining(event -> {
                        delivery.deliver(event);
                        delivered++;
                    });
        }
    }
}
