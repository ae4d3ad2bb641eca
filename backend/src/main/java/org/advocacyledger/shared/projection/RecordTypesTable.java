package org.advocacyledger.shared.projection;

import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.advocacyledger.shared.RecordTypes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The command side's lookup table of records: for every aggregate, its type and whether it was retracted,
 * keyed by its id, so that checking a reference (an action's campaign, a claim's actions) is one {@code _id}
 * look-up instead of a scan of the event store. Written by a subscribing handler in the same unit of work as
 * the events, repaired and verified like every projection. Creation inserts once; retraction is final.
 *
 * <p>Look-ups go through a bounded in-memory cache of records known to exist (decision 21): a record's type
 * never changes, and the one change to its entry, retraction, passes through this handler (live, or replayed by
 * the repair, which uses this same bean), which evicts the entry after writing it. The eviction waits for a
 * look-up of the same id that is filling the entry, so an entry read before the write cannot outlive it.
 * Unknown ids are not cached (the record may be created next). Like the dashboard's facts (decision 16), this
 * assumes the single application process the product is deployed as.
 */
@Component
@ProcessingGroup("record-types")
class RecordTypesTable extends MongoProjection implements RecordTypes {

    static final String COLLECTION = "record_types";

    private final MongoCollection<Document> records;
    static final int CACHED_RECORDS = 20_000;

    private final Cache<String, RecordInfo> known = Caffeine.newBuilder().maximumSize(CACHED_RECORDS).build();

    RecordTypesTable(@Qualifier("unitOfWorkDatabase") MongoDatabase db) {
        super(db);
        this.records = db.getCollection(COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    @Override
    public RecordTypesTable on(MongoDatabase other) {
        return new RecordTypesTable(other);
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        if (event.getSequenceNumber() == 0) {
            insertOnce(records, new Document("_id", event.getAggregateIdentifier()).append("type", event.getType())
                    .append("retracted", false));
        } else if (event.getPayloadType().getSimpleName().endsWith("Retracted")) {
            if (records.updateOne(Filters.eq("_id", event.getAggregateIdentifier()), Updates.set("retracted", true))
                    .getMatchedCount() == 0) {
                throw new IllegalStateException("Record " + event.getAggregateIdentifier()
                        + " is retracted but unknown; it will be repaired from the event store");
            }
            known.invalidate(event.getAggregateIdentifier());
        }
    }

    @Override
    public Optional<RecordInfo> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(known.get(id, this::read));
    }

    private RecordInfo read(String id) {
        Document found = records.find(Filters.eq("_id", id)).first();
        return found == null ? null : new RecordInfo(found.getString("type"), found.getBoolean("retracted", false));
    }
}
