package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Per campaign, the ids of a projection's records, spread over {@value #BUCKETS} bucket documents so that
 * adding a record rewrites a small document even in a campaign of many thousands of records:
 * {@code {_id: "campaignId/bucket", campaignId, records: {recordId: true, ...}}}, the bucket being the
 * record id's hash.
 * The embedded store has no secondary indexes, so "the records of campaign C" would scan the whole
 * collection (seconds at 100,000 actions); through this index it is one {@code _id} look-up for the
 * campaign and {@code _id $in} look-ups for its records ({@link ById}), answered by the store's unique index.
 *
 * <p>Writes are idempotent ({@code $set} of the record's key), and a record never changes campaign, so a
 * repeated delivery or a replay gives the same document (key order does not matter to the verifier).
 */
public final class CampaignIndex {

    private final MongoCollection<Document> index;
    private final String name;

    public CampaignIndex(MongoDatabase db, String name) {
        this.index = db.getCollection(name);
        this.name = name;
    }

    /** The index's collection (part of its projection's {@link MongoProjection#collections()}). */
    public String collection() {
        return name;
    }

    static final int BUCKETS = 64;

    public void add(String campaignId, String recordId) {
        Bson bucket = Filters.eq("_id", campaignId + "/" + Math.floorMod(recordId.hashCode(), BUCKETS));
        Bson set = Updates.combine(Updates.set("campaignId", campaignId), Updates.set("records." + recordId, true));
        try {
            index.updateOne(bucket, set, new UpdateOptions().upsert(true));
        } catch (com.mongodb.MongoWriteException e) {
            if (e.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // two writers created the same bucket at once: it exists now, so the second attempt updates it
            index.updateOne(bucket, set, new UpdateOptions().upsert(true));
        }
    }

    /**
     * Gives {@code consumer} the records of the selected campaigns that pass {@code keep}, one after another:
     * {@code campaignId} (null: any) within {@code scope} (null: any). Both null: the whole collection filtered
     * by the store with {@code filter} (a scan: nothing narrows it), streamed, never held at once.
     */
    public void forEach(MongoCollection<Document> records, String campaignId, Collection<String> scope,
                        Bson filter, Predicate<Document> keep, Consumer<Document> consumer) {
        forEach(records, campaignId, scope, filter, null, keep, consumer);
    }

    /** The same, each record with only the fields {@code projection} selects (null: whole). */
    public void forEach(MongoCollection<Document> records, String campaignId, Collection<String> scope,
                        Bson filter, Bson projection, Predicate<Document> keep, Consumer<Document> consumer) {
        if (campaignId == null && scope == null) {
            var found = records.find(filter).batchSize(1_000);
            (projection == null ? found : found.projection(projection)).forEach(consumer);
            return;
        }
        buildFromRecordsOnce(records);
        Set<String> campaigns = new LinkedHashSet<>();
        if (campaignId != null) {
            if (scope == null || scope.contains(campaignId)) {
                campaigns.add(campaignId);
            }
        } else {
            campaigns.addAll(scope);
        }
        if (campaigns.isEmpty()) {
            return;
        }
        List<String> buckets = new ArrayList<>(campaigns.size() * BUCKETS);
        for (String campaign : campaigns) {
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                buckets.add(campaign + "/" + bucket);
            }
        }
        List<String> ids = new ArrayList<>();
        ById.forEach(index, buckets, bucket -> ids.addAll(bucket.get("records", Document.class).keySet()));
        ById.forEach(records, ids, projection, record -> {
            if (keep.test(record)) {
                consumer.accept(record);
            }
        });
    }

    /**
     * A store written before this index existed has records and no index: the first look-up builds the index
     * from the records' {@code campaignId} (idempotent, so a record added meanwhile is harmless).
     */
    private void buildFromRecordsOnce(MongoCollection<Document> records) {
        if (built) {
            return;
        }
        synchronized (this) {
            if (!built && index.find().first() == null && records.find().first() != null) {
                for (Document record : records.find().projection(new Document("campaignId", 1))) {
                    add(record.getString("campaignId"), record.getString("_id"));
                }
            }
            built = true;
        }
    }

    private volatile boolean built;

    /** For {@code keep}: the field equals {@code value}, or {@code value} is null (no condition). */
    public static boolean matches(Document record, String field, Object value) {
        return value == null || value.equals(record.get(field));
    }

    /** For {@code keep}: the array field contains {@code value}, or {@code value} is null. */
    public static boolean contains(Document record, String field, Object value) {
        return value == null || (record.get(field) instanceof List<?> list && list.contains(value));
    }
}
