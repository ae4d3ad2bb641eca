package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Many documents by {@code _id} at once: {@code _id $in} in chunks of {@value #CHUNK} ids. The embedded store
 * finds each id through its unique index, but then checks every document it found against the whole
 * {@code $in} list, one value after another: a single query for n ids costs about n²/2 comparisons (a
 * campaign's 8,400 records took 2 s; docs/benchmarks.md, ninth run). In chunks it costs about
 * n × {@value #CHUNK}/2, plus one round trip per chunk. A real MongoDB answers either way.
 */
public final class ById {

    /** Ids per query: the comparisons per document found against the round trips per id. */
    static final int CHUNK = 128;

    private ById() {
    }

    /** Calls {@code each} for every document of {@code collection} whose {@code _id} is one of {@code ids} (once each). */
    public static void forEach(MongoCollection<Document> collection, Collection<?> ids, Bson projection, Consumer<Document> each) {
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            var found = collection.find(Filters.in("_id", distinct.subList(from, Math.min(distinct.size(), from + CHUNK))));
            (projection == null ? found : found.projection(projection)).forEach(each);
        }
    }

    /** The same, whole documents. */
    public static void forEach(MongoCollection<Document> collection, Collection<?> ids, Consumer<Document> each) {
        forEach(collection, ids, null, each);
    }
}
