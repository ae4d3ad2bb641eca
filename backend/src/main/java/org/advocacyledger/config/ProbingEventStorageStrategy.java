package org.advocacyledger.config;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;

/**
 * Axon's document-per-event storage, reading an aggregate's events by their unique key on the embedded store.
 * Axon asks for "the aggregate's events from sequence number n on, sorted": the embedded store answers a range
 * with a scan of the whole event collection (about 5 s at 1,000,000 events, for every aggregate loaded that is not
 * in the aggregate cache). It uses a unique index only for a filter naming exactly the index's fields with plain
 * values, and Axon keeps (aggregate, sequence number) unique. So the events are read one look-up each, n, n + 1,
 * ... until one is missing: an aggregate's sequence numbers are contiguous (Axon appends the next one and the
 * unique index refuses a second), so the first missing number is the end (decision 26). A real MongoDB answers
 * the range from that index, and keeps Axon's own query.
 */
final class ProbingEventStorageStrategy extends DocumentPerEventStorageStrategy {

    private final EventEntryConfiguration entry = EventEntryConfiguration.getDefault();

    @Override
    public List<? extends DomainEventData<?>> findDomainEvents(MongoCollection<Document> collection, String aggregateIdentifier,
                                                               long firstSequenceNumber, int batchSize) {
        List<DomainEventData<?>> events = new ArrayList<>();
        for (long sequence = firstSequenceNumber; events.size() < batchSize; sequence++) {
            // a plain document, not Filters.and: the embedded store uses the index for the first only
            Document stored = collection.find(new Document(entry.aggregateIdentifierProperty(), aggregateIdentifier)
                    .append(entry.sequenceNumberProperty(), sequence)).first();
            if (stored == null) {
                break;
            }
            extractEvents(stored).forEach(events::add);
        }
        return events;
    }
}
