package org.advocacyledger.config;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 collection, with scans that stream. The stock collection answers every query that
 * no unique index serves by collecting all matching documents into one list before the first batch is sent,
 * while it holds the collection's lock: a scan of a 1,000,000-event collection held every event in memory at
 * once (gigabytes) and kept writers out until the list was complete.
 *
 * <p>Here a scan with a batch size, no sort, no skip and no limit (how the product reads whole collections)
 * reads the documents in the map's key order one batch at a time, as the client asks for them, each step
 * resuming after the last key read, on the map as it is then. Which documents match and what a projection
 * keeps is decided by the stock code, a step at a time. As with a MongoDB cursor, a document present during
 * the whole scan is returned exactly once, and one inserted or deleted during the scan may or may not be.
 * (A cursor over the snapshot taken when the scan started would not do: H2 does not keep the pages of an old
 * version that nobody registered, and its background compaction reclaimed them under a long scan.)
 * Every other query (sorted, skipped, limited, or without a batch size) is answered as before.
 */
final class StreamingH2Collection extends H2Collection {

    /** Documents read from the map per step (each step is filtered by the stock code). */
    private static final int STEP = 256;

    private final MVMap<Object, Document> data;
    private final CursorRegistry cursors;

    StreamingH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, data, meta, cursors);
        this.data = data;
        this.cursors = cursors;
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        boolean sorted = orderBy != null && !orderBy.isEmpty();
        if (sorted || numberToSkip > 0 || limit > 0 || batchSize <= 0) {
            return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        ScanCursor cursor = new ScanCursor(cursors.generateCursorId(), query, fieldSelector);
        List<Document> first = cursor.takeDocuments(batchSize);
        if (cursor.isEmpty()) {
            return new QueryResult(first);
        }
        cursors.add(cursor);
        return new QueryResult(first, cursor);
    }

    /** The rest of one scan: matched a step at a time, on demand. */
    private final class ScanCursor extends AbstractCursor {

        private final Document query;
        private final Document fieldSelector;
        private List<Document> matched = new ArrayList<>();
        /** The last key read (H2's maps hold no null key): null before the first step. */
        private Object lastKey;
        private boolean exhausted;

        ScanCursor(long id, Document query, Document fieldSelector) {
            super(id);
            this.query = query;
            this.fieldSelector = fieldSelector;
        }

        @Override
        public synchronized boolean isEmpty() {
            fill(1);
            return matched.isEmpty();
        }

        @Override
        public synchronized List<Document> takeDocuments(int numberToReturn) {
            int wanted = numberToReturn > 0 ? numberToReturn : Integer.MAX_VALUE;
            fill(wanted);
            int taken = Math.min(wanted, matched.size());
            List<Document> batch = new ArrayList<>(matched.subList(0, taken));
            matched = new ArrayList<>(matched.subList(taken, matched.size()));
            return batch;
        }

        private void fill(int wanted) {
            while (matched.size() < wanted && !exhausted) {
                Cursor<Object, Document> cursor = data.cursor(lastKey);
                List<Document> step = new ArrayList<>(STEP);
                while (step.size() < STEP && cursor.hasNext()) {
                    Object key = cursor.next();
                    if (lastKey != null && data.getKeyType().compare(key, lastKey) == 0) {
                        continue; // read in the previous step
                    }
                    step.add(cursor.getValue());
                    lastKey = key;
                }
                if (step.isEmpty()) {
                    exhausted = true;
                } else {
                    matched.addAll(matchDocumentsFromStream(query, step.stream(), 0, 0, 0, null, fieldSelector).collectDocuments());
                }
            }
        }
    }
}
