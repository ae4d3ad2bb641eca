package org.advocacyledger.shared.projection;

import java.util.Collection;
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
 * Reads every stored domain event in one cursor, ordered by aggregate and sequence number. Used by the
 * verifier and by rebuilds: unlike a tracking stream, it does not depend on timestamps or look-back, and
 * it reads the collection once instead of once per batch.
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

    /** Calls {@code consumer} for every domain event; returns how many there were. */
    public long forEach(Consumer<DomainEventMessage<?>> consumer) {
        return forEach(null, consumer);
    }

    /**
     * Calls {@code consumer} for every domain event of the given aggregate types (null: all), filtered by the
     * store, so other events are neither sent nor deserialized; returns how many there were.
     */
    public long forEach(Collection<String> aggregateTypes, Consumer<DomainEventMessage<?>> consumer) {
        long[] count = {0};
        Bson filter = aggregateTypes == null ? new Document() : Filters.in(ENTRY.typeProperty(), aggregateTypes);
        try (var cursor = db.getCollection(EVENTS_COLLECTION)
                .find(filter)
                .sort(new Document(ENTRY.aggregateIdentifierProperty(), 1).append(ENTRY.sequenceNumberProperty(), 1))
                .batchSize(5_000)
                .cursor()) {
            while (cursor.hasNext()) {
                EventEntry entry = new EventEntry(cursor.next(), ENTRY);
                EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), eventSerializer, NoOpEventUpcaster.INSTANCE)
                        .forEachRemaining(event -> {
                            consumer.accept(event);
                            count[0]++;
                        });
            }
        }
        return count[0];
    }
}
