package org.advocacyledger.shared.projection;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A read model kept in Mongo collections and written only by its event handlers. Each document carries
 * the {@code version} (aggregate sequence number) of the last event applied to it, so a second delivery
 * of an event changes nothing and an event that arrives after a gap is detected.
 *
 * <p>A projection can be re-created over another database ({@link #on(MongoDatabase)}): the verifier and
 * the rebuild replay the event store through such a copy.
 */
public abstract class MongoProjection {

    public static final String VERSION = "version";

    protected final MongoDatabase db;

    protected MongoProjection(MongoDatabase db) {
        this.db = db;
    }

    /** The collections this projection owns (and nothing else writes). */
    public abstract List<String> collections();

    /** The same projection, writing into another database. */
    public abstract MongoProjection on(MongoDatabase other);

    /** Inserts the document created by an aggregate's first event; a second delivery is a no-op. */
    protected static void insertOnce(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /**
     * Applies {@code update} to the document {@code id} only if it is at version {@code sequence - 1},
     * and moves it to {@code sequence}.
     *
     * @return {@link Applied#APPLIED}, {@link Applied#ALREADY_APPLIED} (a repeated delivery), or
     *         {@link Applied#GAP} when an earlier event of the aggregate is missing from the read model
     */
    protected static Applied applyInOrder(MongoCollection<Document> collection, String id, long sequence, Bson update) {
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq(VERSION, sequence - 1)),
                com.mongodb.client.model.Updates.combine(update, com.mongodb.client.model.Updates.set(VERSION, sequence)));
        if (result.getMatchedCount() == 1) {
            return Applied.APPLIED;
        }
        Document current = collection.find(Filters.eq("_id", id)).projection(new Document(VERSION, 1)).first();
        if (current != null && current.get(VERSION, Number.class).longValue() >= sequence) {
            return Applied.ALREADY_APPLIED;
        }
        return Applied.GAP;
    }

    public enum Applied { APPLIED, ALREADY_APPLIED, GAP }
}
