package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The same, of the given aggregates only (null: all). */
    public long forEach(Collection<String> aggregateTypes, Collection<String> aggregateIds, Consumer<DomainEventMessage<?>> consumer) {
        long[] count = {0};
        List<Bson> filters = new ArrayList<>();
        if (aggregateTypes != null) {
            filters.add(Filters.in(ENTRY.typeProperty(), aggregateTypes));
        }
        if (aggregateIds != null) {
            filters.add(Filters.in(ENTRY.aggregateIdentifierProperty(), aggregateIds));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
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
