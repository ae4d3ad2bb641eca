package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.advocacyledger.shared.Page;
import org.advocacyledger.shared.PageCollector;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A page of a list found on light copies of the records (only what orders and filters them), then the page's
 * records read whole by {@code _id} (decision 23): a list over many records then moves little more than the page
 * through the wire protocol. A record whose version ({@link MongoProjection#VERSION}) changed between the two
 * reads makes the page be found again; the third attempt reads every record whole, so a page never mixes two
 * versions of a record.
 */
public final class PageInTwoReads {

    private static final int WHOLE_ATTEMPT = 3;

    private PageInTwoReads() {
    }

    /**
     * @param findPage the page's items, given the projection to read the records with (null: whole)
     * @param recordOf the record an item was found on (with its {@code _id} and version)
     * @param result   an item and its record read whole, as the page gives it
     */
    public static <T, R> Page<R> find(MongoCollection<Document> records, Bson light, Function<Bson, Page<T>> findPage,
                                      Function<T, Document> recordOf, BiFunction<T, Document, R> result) {
        for (int attempt = 1; ; attempt++) {
            boolean whole = attempt == WHOLE_ATTEMPT;
            Page<T> page = findPage.apply(whole ? null : light);
            if (whole) {
                return new Page<>(page.items().stream().map(item -> result.apply(item, recordOf.apply(item))).toList(),
                        page.page(), page.size(), page.total());
            }
            Map<Object, Document> read = new HashMap<>();
            ById.forEach(records, page.items().stream().map(item -> recordOf.apply(item).get("_id")).toList(),
                    d -> read.put(d.get("_id"), d));
            List<R> items = new ArrayList<>(page.items().size());
            for (T item : page.items()) {
                Document found = recordOf.apply(item);
                Document record = read.get(found.get("_id"));
                if (record == null || !Objects.equals(version(record), version(found))) {
                    items = null;
                    break;
                }
                items.add(result.apply(item, record));
            }
            if (items != null) {
                return new Page<>(items, page.page(), page.size(), page.total());
            }
        }
    }

    /**
     * The page of the records {@code filter} selects, in ascending order of {@code keys} (the last of them unique,
     * as {@code _id} is), as the store's own sort gives it: found on copies of the records holding only the keys,
     * while they stream past unsorted, then read whole. The store's sort would hold every selected record in memory
     * at once (a list of 70,000 reforms at 1,000,000 events ran a 448 MB heap out of memory).
     */
    public static <R> Page<R> sorted(MongoCollection<Document> records, Bson filter, List<String> keys, int page, int size,
                                     Function<Document, R> result) {
        List<String> fields = new ArrayList<>(keys);
        fields.add(MongoProjection.VERSION);
        Comparator<Document> order = null;
        for (String key : keys) {
            Comparator<Document> byKey = (a, b) -> compareValues(a.get(key), b.get(key));
            order = order == null ? byKey : order.thenComparing(byKey);
        }
        Comparator<Document> inOrder = order;
        return find(records, Projections.include(fields), projection -> {
            PageCollector<Document> found = new PageCollector<>(inOrder, page, size);
            var cursor = records.find(filter).batchSize(1_000);
            (projection == null ? cursor : cursor.projection(projection)).forEach(found);
            return found.page();
        }, d -> d, (light, record) -> result.apply(record));
    }

    /**
     * Ascending as the store sorts the values this product stores as sort keys (text, numbers, dates): a missing
     * value first; text by its characters (the keys are ASCII, where this is the store's byte order too).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        throw new IllegalArgumentException("cannot order " + a.getClass().getSimpleName() + " against " + b.getClass().getSimpleName());
    }

    private static Long version(Document record) {
        Number version = record.get(MongoProjection.VERSION, Number.class);
        return version == null ? null : version.longValue();
    }
}
