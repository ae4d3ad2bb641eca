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

    /**
     * The aggregate types whose events this projection reads (null: any), so that a replay of the event
     * store for it alone ({@link AsOfCopies}) asks the store for those events only.
     */
    public java.util.Set<String> aggregateTypes() {
        return null;
    }

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
        Bson versioned = com.mongodb.client.model.Updates.combine(update, com.mongodb.client.model.Updates.set(VERSION, sequence));
        if (collection instanceof BulkWrites.Held) {
            // a rebuild: one ordered replay into emptied collections, so the previous event is the one applied
            collection.updateOne(Filters.eq("_id", id), versioned);
            return Applied.APPLIED;
        }
        if (!idOnlyWrites) {
            var result = collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(VERSION, sequence - 1)), versioned);
            if (result.getMatchedCount() == 1) {
                return Applied.APPLIED;
            }
            return classify(currentVersion(collection, id), sequence);
        }
        synchronized (STRIPES[Math.floorMod(id.hashCode(), STRIPES.length)]) {
            Long current = currentVersion(collection, id);
            if (current == null || current != sequence - 1) {
                return classify(current, sequence);
            }
            collection.updateOne(Filters.eq("_id", id), versioned);
            return Applied.APPLIED;
        }
    }

    private static Long currentVersion(MongoCollection<Document> collection, String id) {
        Document current = collection.find(Filters.eq("_id", id)).projection(new Document(VERSION, 1)).first();
        return current == null ? null : current.get(VERSION, Number.class).longValue();
    }

    private static Applied classify(Long current, long sequence) {
        return current != null && current >= sequence ? Applied.ALREADY_APPLIED : Applied.GAP;
    }

    /**
     * The embedded store uses its {@code _id} index only for a filter on {@code _id} alone, so a filter on
     * {@code _id} and {@code version} scans the whole collection. With the embedded store (one process by
     * construction) the version is read by {@code _id} and the write goes by {@code _id} under a striped
     * lock, which makes check-and-write atomic within the process. On a real MongoDB (possibly several
     * processes) the write stays conditional on the version.
     */
    public static void useIdOnlyWrites(boolean enabled) {
        idOnlyWrites = enabled;
    }

    private static volatile boolean idOnlyWrites;
    private static final Object[] STRIPES = new Object[1024];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    public enum Applied { APPLIED, ALREADY_APPLIED, GAP }
}
