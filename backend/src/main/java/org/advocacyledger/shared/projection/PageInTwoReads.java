package org.advocacyledger.shared.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import org.advocacyledger.shared.Page;
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
            Map<Object, Document> read = new HashMap<>();
            if (whole) {
                page.items().forEach(item -> read.put(recordOf.apply(item).get("_id"), recordOf.apply(item)));
            } else {
                ById.forEach(records, page.items().stream().map(item -> recordOf.apply(item).get("_id")).toList(),
                        d -> read.put(d.get("_id"), d));
            }
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

    private static Long version(Document record) {
        Number version = record.get(MongoProjection.VERSION, Number.class);
        return version == null ? null : version.longValue();
    }
}
