package org.advocacyledger.shared.projection;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/**
 * A read model as it stood at the end of a past day, built from the event store itself: the events recorded
 * before that day ended are replayed into a fresh copy of the projection over a scratch database. A past day
 * cannot change, so each copy is built once and kept (the 16 most recently used; an evicted copy's database is
 * dropped).
 */
public final class AsOfCopies {

    /** {@code campaignId}: a copy of that campaign's records only (null: of everything). */
    private record Key(Class<?> projection, LocalDate day, String campaignId) {
    }

    private final MongoClient client;
    private final String baseName;
    private final EventStoreScan scan;
    private final org.axonframework.eventsourcing.eventstore.EventStore eventStore;
    private final Cache<Key, MongoProjection> copies;

    public AsOfCopies(MongoClient client, String baseName, EventStoreScan scan,
                      org.axonframework.eventsourcing.eventstore.EventStore eventStore) {
        this.client = client;
        this.baseName = baseName;
        this.scan = scan;
        this.eventStore = eventStore;
        this.copies = Caffeine.newBuilder().maximumSize(16)
                .removalListener((Key key, MongoProjection copy, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (key != null) {
                        database(key).drop();
                    }
                })
                .build();
    }

    /** The projection as it stood at the end of {@code day} (UTC). */
    public <P extends MongoProjection> P asOf(P projection, LocalDate day) {
        return asOf(projection, day, null);
    }

    /**
     * The projection as it stood at the end of {@code day} (UTC), holding the records of one campaign only
     * (null: all): only the aggregates whose stored events name the campaign are replayed (each record's
     * first event carries its campaign's id), found by the store, so a campaign's past timeline does not
     * replay the whole event store. Their events are read from the event store one aggregate after another, as
     * Axon loads an aggregate (on the embedded store by key, decision 26): for a projection whose documents each
     * depend on one record's events, as the timeline's do.
     */
    @SuppressWarnings("unchecked")
    public <P extends MongoProjection> P asOf(P projection, LocalDate day, String campaignId) {
        return (P) copies.get(new Key(projection.getClass(), day, campaignId), key -> build(projection, key));
    }

    private MongoProjection build(MongoProjection projection, Key key) {
        MongoDatabase scratch = database(key);
        scratch.drop(); // a leftover of an earlier run
        MongoProjection copy = projection.on(scratch);
        ProjectionReplayer replayer = new ProjectionReplayer(List.of(copy));
        java.time.Instant end = key.day().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        java.util.function.Predicate<org.axonframework.eventhandling.DomainEventMessage<?>> recordedByThen =
                event -> event.getTimestamp().isBefore(end);
        if (key.campaignId() == null) {
            replayer.replay(scan, projection.aggregateTypes(), null, recordedByThen);
        } else { // its aggregates found by one scan, then each read as Axon loads it (a second scan before decision 26)
            for (String aggregate : new java.util.TreeSet<>(scan.aggregatesMentioning(key.campaignId()))) {
                var events = eventStore.readEvents(aggregate);
                while (events.hasNext()) {
                    var event = events.next();
                    if (recordedByThen.test(event)) {
                        replayer.deliver(event);
                    }
                }
            }
        }
        return copy;
    }

    private MongoDatabase database(Key key) {
        return client.getDatabase(baseName + "_asof_" + key.projection().getSimpleName().toLowerCase() + "_"
                        + key.day().format(DateTimeFormatter.BASIC_ISO_DATE)
                        + (key.campaignId() == null ? "" : "_" + Integer.toHexString(key.campaignId().hashCode())))
                .withWriteConcern(WriteConcern.W1.withJournal(false));
    }
}
